## Общие для всех страниц: шапка, вход, языки, страницы ошибок.

brand = civicall

language-en = English
language-ko = 한국어
language-ru = Русский
language-kk = Қазақша
language-vi = Tiếng Việt
language-zh-Hans = 简体中文

sign-in = Войти
sign-out = Выйти
sign-in-to-see = Чтобы открыть эту страницу, войдите в систему.
back-to-start = На главную страницу
no-such-page = Такой страницы нет.

status-unauthorized = Требуется вход
status-forbidden = Доступ запрещён
status-not-found = Не найдено
status-conflict = Сейчас это невозможно
status-invalid = Проверьте введённые данные
status-carrier = Оператор связи не ответил
status-carrier-detail = Не удалось связаться с оператором связи, или он отклонил запрос. Повторите попытку через несколько минут.
status-too-many = Слишком много попыток
status-error = Произошла ошибка
status-error-detail = На нашей стороне произошла ошибка. Она записана в журнал; повторите попытку, а если ошибка повторяется, сообщите администратору.

denied-sign-in-first = Сначала войдите в систему.
denied-change-password-first = Сначала смените одноразовый пароль.
denied-role = Ваша роль не даёт доступа к этому разделу.
denied-token = API-токен неизвестен, истёк или отозван.
denied-form-too-large = Слишком большой объём формы.
denied-form-expired = Срок действия формы истёк, или она отправлена не из civicall. Обновите страницу и повторите попытку.

# $count: число итоговых оценок
evaluations-count = { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
    [many] { $count } оценок
   *[other] { $count } оценки
  }

language-choose = Язык
save = Сохранить

nav-grading = Оценка звонков
nav-callbacks = Обратные звонки
nav-synthesis = Сводка по обратным звонкам
nav-results = Результаты
nav-my-department = Результаты моего отдела
nav-graders = Эксперты-оценщики
nav-users = Пользователи
nav-tokens = API-токены
nav-audit = Журнал аудита
nav-account = Моя учётная запись

role-admin = администратор
role-hr = кадровая служба
role-grader = эксперт-оценщик
role-operator = оператор горячей линии
role-supervisor = руководитель отдела
role-intake = приём данных о посещениях

field-username = Имя пользователя
field-password = Пароль

sign-in-failed = Не удалось войти: неверное имя пользователя или пароль, либо вход временно заблокирован после нескольких неудачных попыток. Повторите попытку позже.
notice-password-changed = Пароль изменён. Войдите с новым паролем.
notice-signed-out = Вы вышли из системы.

account-title = Моя учётная запись
account-language = Язык
account-language-browser = Как в настройках браузера
account-language-hint = Все страницы, выгрузки и сообщения будут показываться на этом языке — в текущем и последующих сеансах. Сценарии звонков остаются на своём языке.
notice-language-saved = Язык сохранён.

password-change = Сменить пароль
password-one-time-notice = Вы вошли с одноразовым паролем. Чтобы продолжить, задайте собственный пароль.
password-current = Текущий пароль
password-new = Новый пароль
password-new-again = Повторите новый пароль
# $min: минимальная длина пароля
password-hint = Не менее { $min } символов. Распространённые пароли и пароли, составленные из вашего имени, не принимаются. После смены пароля войдите снова.
password-current-wrong = Неверный текущий пароль.
password-new-differ = Новые пароли не совпадают.
password-same-as-current = Новый пароль должен отличаться от текущего.
password-too-short = Новый пароль: не менее { $min } символов.
password-too-long = Новый пароль: не более { $max } символов.
password-easy-to-guess = Новый пароль слишком легко подобрать. Используйте более длинную фразу из не связанных между собой слов.

# $what: что искали, например «пользователь 3»
not-found-verbatim = Не найдено: { $what }
# $language: присланный языковой тег
account-language-unknown = civicall не поддерживает язык { $language }.
account-token-no-language = У API-токена нет собственного языка; передавайте заголовок Accept-Language.
account-token-no-password = У API-токена нет пароля.

## Заголовки столбцов, которые читает только экранный диктор: в столбце кнопки и ссылки или отметки.
column-actions = Действия
column-marks = Отметки

## Свободный текст из форм, запросов и файлов: имена, названия и комментарии.
# $character: отклонённый символ в виде U+XXXX
text-control-line = Запишите это одной строкой обычного текста: здесь есть управляющий символ { $character } (перевод строки, табуляция или подобный).
# $character: отклонённый символ в виде U+XXXX
text-control-prose = Удалите из текста управляющий символ { $character }; переводы строк и табуляция допустимы.
# $limit: наибольшее допустимое число символов; $count: сколько символов передано
text-too-long = Здесь допускается не более { $limit ->
    [one] { $limit } символа
   *[other] { $limit } символов
  }; в тексте { $count ->
    [one] { $count } символ
    [few] { $count } символа
    [many] { $count } символов
   *[other] { $count } символа
  }.
