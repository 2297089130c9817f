## Обратные звонки для оценки качества обслуживания: рабочее место операторов
## горячей линии, ежедневная выборка, поступление данных о посещениях и сводка
## для руководства.

## Рабочее место операторов: обратные звонки на сегодня.

callbacks-page-title = Обратные звонки
callbacks-today-heading = Обратные звонки на сегодня
callbacks-notice-saved = Результат сохранён.
callbacks-notice-saved-nothing-due = Результат сохранён. Других обратных звонков сейчас нет.
callbacks-notice-nothing-due = Сейчас нет обратных звонков к выполнению.
callbacks-notice-not-available = Сейчас вы не можете взять этот обратный звонок.
callbacks-no-line = К вашей учётной записи не привязан номер телефона, поэтому система не может соединить вас с заявителем. Вы по-прежнему можете регистрировать звонки, сделанные иным способом.
# $hours: время обзвона, например «понедельник–пятница 08:00–11:00 (Asia/Almaty)»
callbacks-hours = Время обзвона: { $hours }.
# $hours: время обзвона, например «понедельник–пятница 08:00–11:00 (Asia/Almaty)»
callbacks-hours-closed = Время обзвона: { $hours } — сейчас нерабочее время.
# $hours: время обзвона; $when: дата и время возобновления звонков в часовом поясе центра
callbacks-hours-closed-until = Время обзвона: { $hours } — сейчас нерабочее время; звонки возобновятся { $when }.
# $days: дни обзвона (диапазон или перечень дней недели); $start, $end: время (08:00); $zone: часовой пояс центра, например Asia/Almaty
callbacks-hours-description = { $days } { $start }–{ $end } ({ $zone })
# $first, $last: первый и последний день недели в ряду дней обзвона
callbacks-hours-day-range = { $first }–{ $last }
# Показывается только на пульте оператора в демо (serve --demo), где центр может звонить в любое время; настоящие центры никогда не звонят раньше 08:00 и позже 21:00
callbacks-hours-demo = Демо: время обзвона расширено, чтобы обратные звонки можно было делать в любое время суток.
callbacks-take-next = Взять следующий
callbacks-column-number = №
callbacks-column-service = Услуга
callbacks-column-visited = Дата посещения
callbacks-column-served-by = Кто обслуживал
callbacks-column-phone = Номер
callbacks-column-state = Состояние
callbacks-column-attempts = Попытки
callbacks-column-next-try = Следующая попытка
callbacks-taken = (взят)
callbacks-continue = Продолжить
callbacks-take = Взять
callbacks-none-today = На сегодня обратных звонков нет.

## Итог обратного звонка (callbacks.state), по значению: callbacks-state-<value>.
callbacks-state-open = к обзвону
callbacks-state-closed = выполнен
callbacks-state-unreachable = не дозвонились

## Результат попытки (callbacks.outcome и callback_attempts.outcome), по значению: outcome-<value>.
outcome-reached = Дозвонились
outcome-no_answer = Нет ответа
outcome-busy = Занято
outcome-wrong_number = Неверный номер
outcome-refused = Отказ от разговора
outcome-call_later = Просьба перезвонить позже
outcome-never_call = Просьба больше не звонить
outcome-do_not_call = В списке «Не звонить»

## Способ попытки (callback_attempts.method), по значению: callbacks-method-<value>.
callbacks-method-bridged = звонок через систему
callbacks-method-other = иным способом

## Как заявитель обратился в центр (service_visits.channel), по значению: visits-channel-<value>.
visits-channel-counter = лично в центре
visits-channel-phone = по телефону
visits-channel-online = онлайн

## Категории высказываний заявителей (callbacks.category), по значению: comment-category-<value>.
comment-category-praise = Благодарность
comment-category-complaint = Жалоба
comment-category-suggestion = Предложение
comment-category-question = Вопрос
comment-category-process = Порядок оказания услуги
comment-category-other = Другое
comment-category-uncategorised = Без категории

## Один обратный звонок, взятый оператором.

# $id: номер обратного звонка
callbacks-callback-title = Обратный звонок № { $id }
callbacks-notice-saved-next = Результат предыдущего звонка сохранён; вот следующий обратный звонок.
callbacks-notice-ringing = Звонит ваш телефон: ответьте, и вас соединят с заявителем.
callbacks-notice-cannot-call = Сейчас позвонить не удалось (нерабочее время обзвона, к вашей учётной записи не привязан номер или заявитель просил не звонить).
callbacks-visit = Посещение
callbacks-citizen = Заявитель
callbacks-number = Номер
callbacks-no-number = номер не сохранён
callbacks-service = Услуга
callbacks-visited = Дата посещения
# $when: дата и время посещения; $channel: способ обращения (лично в центре, по телефону, онлайн); $centre: название центра
callbacks-visited-detail = { $when } ({ $channel }), { $centre }
callbacks-served-by = Кто обслуживал
callbacks-earlier-attempts = Предыдущие попытки
# $when: дата и время попытки; $outcome: её результат; $method: способ (звонок через систему, иным способом)
callbacks-attempt-line = { $when } — { $outcome } ({ $method })
callbacks-no-attempts = Попыток пока не было.
callbacks-call-button = Позвонить (сначала зазвонит ваш телефон, затем — у заявителя)
callbacks-outside-hours-hint = Для этого центра сейчас нерабочее время обзвона: вы можете зарегистрировать попытку, сделанную иным способом, или вернуться в часы обзвона.
callbacks-refresh = Обновить
callbacks-script = Сценарий разговора
callbacks-script-read-first = Сначала зачитайте:
callbacks-script-listen = прослушать

## Ход звонка через систему: на странице обратного звонка, обновляется по ходу.

# $id: номер звонка; $state: этап звонка (состояние звонка на языке читателя)
callbacks-call-progress = Звонок через систему № { $id }: { $state }.
# $id: номер звонка; $state: этап звонка; $connection: тип соединения (ответил человек, автоответчик…)
callbacks-call-progress-connected = Звонок через систему № { $id }: { $state }, { $connection }.
# $id: номер звонка; $state: этап звонка; $seconds: длительность, отформатированное число
callbacks-call-progress-timed = Звонок через систему № { $id }: { $state } ({ $seconds } с).
# $id: номер звонка; $state: этап звонка; $connection: тип соединения; $seconds: длительность, отформатированное число
callbacks-call-progress-connected-timed = Звонок через систему № { $id }: { $state }, { $connection } ({ $seconds } с).

## Состояние записи звонка через систему (recordings.state), по значению: callbacks-recording-<value>.
callbacks-recording-pending = Запись разговора загружается.
callbacks-recording-available = Разговор записан.
callbacks-recording-corrupt = Запись разговора поступила повреждённой.
callbacks-recording-failed = Не удалось получить запись разговора.
callbacks-recording-purged = Запись разговора удалена по истечении срока хранения.

## Форма результата.

callbacks-outcome = Результат
callbacks-outcome-question = Чем закончился звонок?
callbacks-satisfaction-legend = Удовлетворённость от 1 (совсем не удовлетворён) до 5 (полностью удовлетворён), если дозвонились
callbacks-satisfaction-staff = Отношением сотрудника
callbacks-satisfaction-process = Порядком оказания услуги
callbacks-satisfaction-overall = В целом
callbacks-comments = Замечания
callbacks-questions = Вопросы
callbacks-suggestions = Предложения
callbacks-category = Категория
callbacks-follow-up-needed = Требуется отработка
callbacks-follow-up-by = Ответственный за отработку
callbacks-save-and-next = Сохранить и взять следующий
callbacks-save-outcome = Сохранить результат

## Отказы на рабочем месте оператора.

# $id: номер обратного звонка
callbacks-not-held = Обратный звонок № { $id } сейчас не закреплён за вами.
# $id: номер обратного звонка
callbacks-not-available = Обратный звонок № { $id } ещё не подошёл по сроку, недоступен вам или взят другим оператором.
# $id: номер обратного звонка
callbacks-no-bridged-call = По обратному звонку № { $id } ещё не было звонка через систему.
# $id: номер обратного звонка
callbacks-not-found = Обратного звонка № { $id } не существует.
callbacks-satisfaction-range = Укажите значение от 1 (совсем не удовлетворён) до 5 (полностью удовлетворён).
callbacks-satisfaction-only-reached = Удовлетворённость указывается, только если до заявителя дозвонились.
callbacks-call-back-at-required = Укажите, когда заявитель просил перезвонить.
callbacks-call-back-at-invalid = Укажите дату и время обратного звонка.
# $categories: коды категорий, которые принимает API, например «praise, complaint, suggestion»
callbacks-invalid-category = Используйте одну из категорий: { $categories }.
callbacks-follow-up-by-required = Укажите ответственного за отработку.
callbacks-outside-calling-hours = Для этого центра сейчас нерабочее время обзвона; обратный звонок будет ждать следующего окна обзвона.
callbacks-no-operator-line = К вашей учётной записи не привязан номер телефона; попросите администратора добавить его.
callbacks-no-citizen-number = Заявитель не оставил номер; вместо звонка зарегистрируйте результат.
callbacks-citizen-do-not-call = Заявитель просил больше не звонить.

## Ежедневная выборка и её настройки.

# $centre: запрошенный код центра
callbacks-no-centre = Центра «{ $centre }» не существует.
# $centre: код центра; $day: день в формате даты читателя
callbacks-no-draw = Для центра { $centre } нет выборки за { $day }.
# $value: значение настройки
callbacks-setting-stratify-invalid = «{ $value }» — недопустимый способ стратификации выборки: используйте none, department или service.
# $value: значение настройки
callbacks-setting-draw-at-invalid = «{ $value }» — не время в формате 08:30.
# $value: значение настройки
callbacks-setting-days-invalid = «{ $value }» — не перечень дней обзвона, например mon-fri или mon,wed,fri.
# $value: значение настройки
callbacks-setting-time-invalid = «{ $value }» — не время в формате ЧЧ:ММ (например, 09:00).
# $centre: код центра; $earliest, $latest: самое раннее и самое позднее время звонка заявителю (08:00, 21:00)
callbacks-setting-no-time = Часы обзвона центра { $centre } не оставляют времени для звонков в промежутке с { $earliest } до { $latest }.

## Поступление данных о посещениях (файл CSV или список JSON). Каждая ошибка
## указывает строку (в файле) или позицию (в списке) и поле отдельно от сообщения.

visits-send-csv = Отправьте файл в формате text/csv.
# $source: имя файла; $count: сколько найдено ошибок
visits-import-rejected = { $source }: ничего не импортировано; { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
  }.
# $count: сколько ошибок найдено в присланном списке посещений
visits-push-rejected = Ничего не импортировано; { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
  }.
visits-file-unreadable = Не удаётся прочитать файл.
# $columns: названия столбцов, которые должны быть в файле, через запятую
visits-header-unreadable = В первой строке файла должны быть названия столбцов: { $columns }.
# $value: найденное название столбца; $columns: названия столбцов, которые должны быть в файле
visits-unknown-column = Неизвестный столбец «{ $value }»; допустимые столбцы: { $columns }.
# $value: название столбца
visits-column-twice = Столбец «{ $value }» встречается дважды.
# $column: название столбца
visits-missing-column = Отсутствует обязательный столбец «{ $column }».
visits-row-unreadable = Не удаётся прочитать строку: в ней больше или меньше полей, чем в заголовке, или значение с запятой не заключено в двойные кавычки.
visits-not-utf8 = Значение не в кодировке UTF-8; сохраните файл в формате «CSV UTF-8».
visits-external-id-required = Требуется идентификатор посещения в системе электронной очереди.
# $value: внешний идентификатор
visits-external-id-repeated-line = «{ $value }» уже встречается в одной из предыдущих строк.
# $value: внешний идентификатор
visits-external-id-repeated-list = «{ $value }» уже встречается выше в списке.
# $value: код центра в том виде, как он указан
visits-unknown-centre = «{ $value }» — центра с таким кодом нет в справочнике.
# $value: время в том виде, как оно указано; $zone: часовой пояс центра
visits-time-gap = Времени «{ $value }» в часовом поясе { $zone } не существует (переход на летнее время).
# $value: время в том виде, как оно указано
visits-invalid-time = «{ $value }» — не время в формате 2026-03-02 14:05 или 2026-03-02T14:05:00+05:00.
# $value: номер в том виде, как он указан; $region: страна, в которой читаются номера (KZ, RU…)
visits-invalid-phone = «{ $value }» — недействительный номер телефона для региона { $region }.
# $value: номер в том виде, как он указан, с кодом страны
visits-invalid-phone-international = «{ $value }» — недействительный номер телефона.
visits-service-required = Укажите услугу.
# $value: код отдела в том виде, как он указан
visits-unknown-department = «{ $value }» — отдела с таким кодом нет в справочнике.
# $value: табельный номер в том виде, как он указан
visits-unknown-staff = «{ $value }» — сотрудника с таким табельным номером нет в справочнике.
# $value: канал в том виде, как он указан
visits-invalid-channel = «{ $value }» — недопустимый канал: используйте counter, phone или online.
# $value: ответ в том виде, как он указан
visits-invalid-consent = «{ $value }» — не «да» и не «нет» (допустимо: yes/no, true/false, y/n, 1/0; пустое значение означает «нет»: звоним только с согласия заявителя).

## Сводка для руководства.

synthesis-title = Сводка по обратным звонкам
# $centre: название центра; $period: показанный день, неделя или месяц
synthesis-heading = Сводка по обратным звонкам · { $centre } · { $period }
synthesis-centre = Центр
synthesis-period = Период
synthesis-date = Дата
synthesis-show = Показать

## Периоды сводки, по значению: synthesis-span-<value>, synthesis-previous-<value>, synthesis-next-<value>.
synthesis-span-day = день
synthesis-span-week = неделя
synthesis-span-month = месяц
synthesis-previous-day = ← Предыдущий день
synthesis-previous-week = ← Предыдущая неделя
synthesis-previous-month = ← Предыдущий месяц
synthesis-next-day = Следующий день →
synthesis-next-week = Следующая неделя →
synthesis-next-month = Следующий месяц →

# $week: номер недели по ISO; $year: её год; $first, $last: её понедельник и воскресенье
synthesis-period-week = { $week }-я неделя { $year } г. ({ $first } – { $last })

synthesis-printable = Версия для печати
synthesis-xlsx = Скачать XLSX (все таблицы)
synthesis-csv = CSV:

## Таблицы сводки: ссылки, листы выгрузки и файлы CSV, по значению: synthesis-table-<value>.
synthesis-table-summary = Итоги
synthesis-table-departments = Отделы
synthesis-table-services = Услуги
synthesis-table-staff = Сотрудники
synthesis-table-comments = Высказывания
synthesis-table-follow-ups = Отработка
synthesis-table-callbacks = Обратные звонки

synthesis-follow-ups = Требуют отработки
synthesis-number-column = №
synthesis-day = День
synthesis-who-follows-up = Ответственный
synthesis-about = Касается
synthesis-what-said = Что сказал заявитель
synthesis-done = Отработано
synthesis-no-follow-up = Нет обращений, требующих отработки.

synthesis-drawn = В выборке
synthesis-reached = Дозвонились
# $share: доля дозвонов в процентах
synthesis-reach-share = ({ $share } от завершённых)
synthesis-reach-share-hint = от обратных звонков, по которым обзвон завершён
synthesis-unreachable = Не дозвонились
synthesis-refused = Отказались
synthesis-wrong-number = Неверный номер
synthesis-never-call = Просили больше не звонить
synthesis-pending = Ещё не обзвонены
synthesis-staff-attitude = Отношение сотрудника
synthesis-process = Порядок оказания услуги
synthesis-overall = В целом
# $n: сколько заявителей ответили на вопрос
synthesis-score-scale = / 5, n={ $n }

synthesis-wrong-number-short = Неверн. номер
synthesis-never-call-short = Не звонить
synthesis-pending-short = В ожидании
synthesis-reached-percent = Дозвон, %
synthesis-no-draw = В этом периоде выборки не было.

synthesis-department = Отдел
synthesis-service = Услуга
synthesis-staff-member = Сотрудник
synthesis-overall-distribution = В целом: 1 → 5
synthesis-nobody-reached = Пока ни до кого не дозвонились.
synthesis-no-department = (без отдела)

# $score: общая удовлетворённость заявителя, от 1 до 5
synthesis-remark-overall = в целом { $score }/5
# $id: номер обратного звонка
synthesis-remark-callback = № { $id }
synthesis-remark-comment = Замечание:
synthesis-remark-question = Вопрос:
synthesis-remark-suggestion = Предложение:
synthesis-no-remarks = В этом периоде нет замечаний и предложений.

synthesis-day-by-day = По дням
synthesis-by-department = Удовлетворённость по отделам
synthesis-by-service = По услугам
synthesis-by-staff = По сотрудникам
synthesis-by-category = Высказывания заявителей по категориям

## Сводка для печати.

# $centre: название центра; $period: показанный день, неделя или месяц
synthesis-print-title = Обратные звонки по качеству обслуживания · { $centre } · { $period }
# $centre: название центра
synthesis-print-heading = Обратные звонки по качеству обслуживания · { $centre }
synthesis-print-method = случайная выборка среди заявителей, получивших услугу и согласившихся на обратную связь
# $when: дата и время подготовки отчёта в часовом поясе центра
synthesis-print-prepared = подготовлено { $when }
synthesis-print = Печать

## Отказы по сводке.

# $centre: запрошенный код центра
synthesis-no-such-centre = Центра «{ $centre }», доступного вам, не существует.
synthesis-no-centres = В справочнике пока нет ни одного центра.
# $id: номер обратного звонка
synthesis-no-open-follow-up = По обратному звонку № { $id } нет незавершённой отработки.
# $table: запрошенная таблица; $tables: существующие таблицы через запятую
synthesis-unknown-table = Таблицы «{ $table }» нет: используйте одну из следующих: { $tables }.

## Выгрузки сводки (CSV и XLSX): названия листов и заголовки столбцов.

# $table: название таблицы (Итоги, Отделы…); $centre: код центра; $period: краткое обозначение периода (2026-W36)
synthesis-sheet = { $table } { $centre } { $period }
synthesis-total = итого
synthesis-col-day = день
synthesis-col-drawn = в выборке
synthesis-col-reached = дозвонились
synthesis-col-unreachable = не дозвонились
synthesis-col-refused = отказались
synthesis-col-wrong-number = неверный номер
synthesis-col-do-not-call = не звонить
synthesis-col-pending = в ожидании
synthesis-col-reached-percent = дозвон, %
synthesis-col-staff-mean = отношение сотрудника (среднее)
synthesis-col-process-mean = порядок оказания услуги (среднее)
synthesis-col-overall-mean = в целом (среднее)
# $score: ответ, от 1 до 5
synthesis-col-overall-answer = в целом = { $score }
synthesis-col-department-code = код отдела
synthesis-col-department = отдел
synthesis-col-service = услуга
synthesis-col-service-name = наименование услуги
synthesis-col-employee-no = табельный номер
synthesis-col-name = ФИО
synthesis-col-category = категория
synthesis-col-callback = обратный звонок
synthesis-col-staff-member = сотрудник
synthesis-col-overall = в целом
synthesis-col-comments = замечания
synthesis-col-questions = вопросы
synthesis-col-suggestions = предложения
synthesis-col-who-follows-up = ответственный за отработку
synthesis-col-what-said = что сказал заявитель
synthesis-col-life-situation = жизненная ситуация
synthesis-col-channel = канал
synthesis-col-state = состояние
synthesis-col-outcome = результат
synthesis-col-attempts = попытки
synthesis-col-staff-attitude = отношение сотрудника
synthesis-col-process = порядок оказания услуги
synthesis-col-follow-up-by = ответственный за отработку

## What the operator hears on their own phone before a bridged call.
bridge-connecting = Соединяем вас с заявителем. Разговор записывается.
bridge-number-gone = Номер заявителя больше недоступен.
