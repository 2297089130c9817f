## Работа и администрирование: кампании и звонки, пользователи, API-токены,
## журнал аудита, а также отказы по кампаниям, звонкам, учётным записям и
## импорту справочника сотрудников.

## Страница кампаний (главная страница администраторов и кадровой службы).

admin-campaigns-heading = Кампании оценки
admin-campaigns-column-campaign = Кампания
admin-campaigns-column-state = Состояние
admin-campaigns-column-period = Период
admin-campaigns-column-calls-each = Звонков на номер
admin-campaigns-column-planned = Запланировано
admin-campaigns-column-waiting = В ожидании
admin-campaigns-column-in-progress = Выполняется
admin-campaigns-column-ended = Завершено
admin-campaigns-column-reached = Ответил человек
# $count: сколько запланированных звонков не уместилось в период
admin-campaigns-short = (не распределено: { $count })
# $command: команда, которой создаётся кампания
# $start, $end: первый и последний день, уже отформатированные
admin-period = { $start } – { $end }
admin-calls-recent = Последние звонки

## Состояния кампании (таблица campaigns), по значению: campaign-state-<value>.
campaign-state-active = активна
campaign-state-paused = приостановлена
campaign-state-canceled = отменена

## Одна кампания.

admin-campaign-period = Период
admin-campaign-window = Время обзвона
# $start, $end: местное время, ЧЧ:ММ
admin-campaign-window-value = { $start }–{ $end } по местному времени, в пределах рабочего времени каждого отдела
admin-campaign-calls-per-staff = Звонков на номер сотрудника
admin-campaign-scripts = Сценарии
admin-campaign-planned = Запланировано
# $count: сколько звонков запланировано; $short: сколько не удалось распределить по свободным рабочим дням
admin-campaign-planned-short = { $count } (не удалось распределить по свободным рабочим дням: { $short })
admin-campaign-calls = Звонки

## Таблица звонков.

admin-calls-column-call = Звонок
admin-calls-column-when = Когда
admin-calls-column-line = Номер
admin-calls-column-script = Сценарий
admin-calls-column-state = Состояние
admin-calls-column-connection = Соединение
admin-calls-column-latency = Время ответа
admin-calls-column-rings = Гудки
admin-calls-column-duration = Длительность
admin-calls-column-recording = Запись
admin-calls-listen = прослушать
admin-calls-column-staff = Сотрудник
admin-calls-line-check = проверка линии
admin-calls-citizen-callback = обратный звонок гражданину
admin-calls-in-progress = Идут сейчас
admin-calls-in-progress-none = Сейчас никому не звоним.
# $count: сколько запланированных звонков назначено на потом (или ждут приостановленную кампанию) и не показано
admin-calls-scheduled-later = { $count ->
    [one] Ещё { $count } звонок запланирован на потом.
    [few] Ещё { $count } звонка запланированы на потом.
    [many] Ещё { $count } звонков запланировано на потом.
   *[other] Ещё { $count } звонка запланировано на потом.
  }
admin-calls-history = История
admin-calls-history-none = Завершённых звонков пока нет.

## Один звонок.

# $id: номер звонка
admin-call-number = Звонок № { $id }
admin-call-line = Номер
admin-call-script = Сценарий
admin-call-carrier-call = Звонок у оператора связи
admin-call-connection = Соединение
admin-call-latency = Время ответа
admin-call-duration = Длительность
admin-call-problem = Проблема
admin-call-missed-no-day = в периоде кампании не осталось рабочих дней
# $sid: идентификатор записи у оператора связи
admin-call-recording = Запись { $sid }
admin-call-stages = Пройденные этапы
# $stage: этап сценария звонка; $seconds: секунды после ответа, уже отформатированные
admin-call-stage-at = { $stage } на { $seconds } с
admin-call-measured = Измеренные показатели
admin-call-measured-stage = Этап
admin-call-measured-item = Показатель
admin-call-measured-result = Результат
admin-call-measured-yes = да
admin-call-measured-no = нет
admin-call-events = События оператора связи
admin-call-events-received = Получено
admin-call-events-kind = Тип
admin-call-events-status = Статус
admin-call-events-sequence = Порядковый номер
admin-call-events-stage = Этап

## Пользователи.

admin-users-title = Пользователи
# $username: имя пользователя новой учётной записи
admin-users-created = Учётная запись { $username } создана. Одноразовый пароль показывается только сейчас — передайте его безопасным способом:
# $username: учётная запись, пароль которой сброшен
admin-users-password-reset = Для учётной записи { $username } задан новый пароль. Одноразовый пароль показывается только сейчас — передайте его безопасным способом:
admin-users-column-name = Имя
admin-users-column-roles = Роли
admin-users-column-status = Статус
admin-users-status-disabled = заблокирована
admin-users-status-one-time = одноразовый пароль
admin-users-status-active = активна
admin-users-enable = Разблокировать
admin-users-disable = Заблокировать
admin-users-reset-password = Сбросить пароль
admin-users-senior-hint = Старший эксперт-оценщик разрешает расхождения между двумя оценщиками
admin-users-senior = Старший оценщик ✓
admin-users-make-senior = Назначить старшим оценщиком
admin-users-line-placeholder = свой номер, +7…
admin-users-line-label = Номер оператора
admin-users-centre-label = Центр
admin-users-all-centres = все центры
admin-users-save-line = Сохранить номер
admin-users-add = Добавить пользователя
admin-users-full-name = ФИО
admin-users-department = Код отдела (для руководителя — отдел, результаты которого ему доступны; для оценщика — его собственный отдел, звонки которого он не оценивает)
admin-users-create = Создать с одноразовым паролем
# $code: введённый код отдела
admin-users-no-department = Отдел: отдела «{ $code }» не существует.
# $code: выбранный код центра
admin-users-no-centre = Код центра: центра «{ $code }» не существует.

## API-токены.

admin-tokens-title = API-токены
# $name: назначение нового токена
admin-tokens-created = Токен «{ $name }» создан. Он показывается только сейчас; сохраните его в хранилище секретов интегрируемой системы:
admin-tokens-column-name = Назначение
admin-tokens-column-roles = Роли
admin-tokens-column-expires = Действует до
admin-tokens-column-last-used = Последнее использование
admin-tokens-column-status = Статус
admin-tokens-never-used = не использовался
admin-tokens-status-revoked = отозван
admin-tokens-status-active = действует
admin-tokens-revoke = Отозвать
admin-tokens-none = Токенов нет.
admin-tokens-create-heading = Создание токена
admin-tokens-purpose = Назначение
admin-tokens-purpose-placeholder = Система электронной очереди, центр 1
admin-tokens-valid-days = Срок действия (дней)
admin-tokens-create = Создать

## Журнал аудита.

admin-audit-title = Журнал аудита
admin-audit-filter-action = Действие
admin-audit-filter-any = любое
admin-audit-filter-actor = Кто
admin-audit-filter = Отфильтровать
admin-audit-export = Выгрузить в CSV
admin-audit-column-when = Когда
admin-audit-column-who = Кто
admin-audit-column-what = Действие
admin-audit-column-on = Объект
admin-audit-column-from = IP-адрес
admin-audit-column-detail = Подробности
admin-audit-none = Записей нет.

## Заголовки столбцов журнала аудита в CSV.
admin-audit-csv-id = id
admin-audit-csv-at = время (UTC)
admin-audit-csv-actor-kind = тип субъекта
admin-audit-csv-actor-id = id субъекта
admin-audit-csv-actor-name = имя субъекта
admin-audit-csv-action = действие
admin-audit-csv-target-kind = тип объекта
admin-audit-csv-target-id = id объекта
admin-audit-csv-address = адрес
admin-audit-csv-detail = подробности

## Действия в журнале аудита (src/auth/audit.rs Action), по значению: audit-action-<value>.
audit-action-login = вход
audit-action-login_failed = неудачный вход
audit-action-logout = выход
audit-action-password_changed = смена пароля
audit-action-language_changed = смена языка
audit-action-password_reset = сброс пароля
audit-action-user_created = создание пользователя
audit-action-user_disabled = блокировка пользователя
audit-action-user_enabled = разблокировка пользователя
audit-action-token_created = создание токена
audit-action-token_revoked = отзыв токена
audit-action-recording_played = прослушивание записи
audit-action-recording_downloaded = скачивание записи
audit-action-citizen_phone_viewed = просмотр телефона заявителя
audit-action-score_changed = изменение балла
audit-action-data_exported = выгрузка данных
audit-action-settings_changed = изменение настроек
audit-action-campaign_changed = изменение кампании
audit-action-roster_imported = импорт справочника сотрудников
audit-action-retention_run = удаление по сроку хранения

## Кто выполнил действие, по типу субъекта.
# $name: имя пользователя
audit-actor-user = { $name } (пользователь)
# $name: назначение API-токена
audit-actor-token = { $name } (токен)
# $name: собственное имя сервиса
audit-actor-system = { $name } (система)
# $name: имя пользователя, под которым пытались войти
audit-actor-anonymous = { $name } (аноним)

## Над чем выполнено действие, по типу записи.
# $id: номер пользователя
audit-target-user = пользователь { $id }
# $id: номер токена
audit-target-api_token = API-токен { $id }
# $id: номер кампании
audit-target-campaign = кампания { $id }
# $id: номер обратного звонка
audit-target-callback = обратный звонок { $id }
# $id: номер задания на оценку
audit-target-grading_task = задание на оценку { $id }
# $id: номер записи
audit-target-recording = запись { $id }

## Отказы: учётные записи и токены.

# $role: слово, которое не является ролью
user-role-unknown = «{ $role }» — не роль (admin, hr, grader, operator, supervisor, intake).
user-roles-none = Назначьте хотя бы одну роль.
user-username-invalid = Имя пользователя: от 2 до 64 символов — латинские буквы, цифры, точки, дефисы или подчёркивания.
# $username: запрошенное имя пользователя
user-username-taken = Имя пользователя «{ $username }» уже занято.
user-disable-self = Нельзя заблокировать собственную учётную запись.
token-name-required = Укажите назначение токена.
# $min, $max: наименьший и наибольший срок действия в днях
token-days-range = Срок действия токена — от { $min } до { $max } дней.
token-days-not-number = Укажите число дней.

## Отказы: кампании.

# $value: введённый текст
campaign-time-invalid = «{ $value }» — не время в формате 09:30.
campaign-name-required = Название кампании не может быть пустым.
campaign-scripts-none = Укажите хотя бы один сценарий оценки.
# $script: указанный идентификатор сценария
campaign-script-unknown = В каталоге call-scripts/ нет сценария звонка «{ $script }».
# $script: идентификатор сценария; $kind: его вид (код, например callback)
campaign-script-not-evaluation = «{ $script }» — сценарий вида «{ $kind }», а не сценарий оценки.
campaign-end-before-start = Дата окончания раньше даты начала.
# $min, $max: наименьшее и наибольшее число звонков на номер сотрудника
campaign-calls-per-staff-range = Число звонков на номер сотрудника — от { $min } до { $max }.
campaign-window-empty = Время окончания обзвона должно быть позже времени начала.
# $code: указанный код отдела
campaign-department-unknown = В справочнике нет отдела «{ $code }».
campaign-period-over = Период уже закончился.
campaign-no-staff = Нет действующих сотрудников, подходящих для этой кампании.
# $id: номер кампании; $state: её текущее состояние (active, paused или canceled)
campaign-cannot-pause = Кампания { $id } { $state ->
    [active] активна
    [paused] уже приостановлена
    [canceled] отменена
   *[other] в состоянии «{ $state }»
  }; приостановить её нельзя.
# $id: номер кампании; $state: её текущее состояние (active, paused или canceled)
campaign-cannot-resume = Кампания { $id } { $state ->
    [active] уже активна
    [paused] приостановлена
    [canceled] отменена
   *[other] в состоянии «{ $state }»
  }; возобновить её нельзя.
# $id: номер кампании; $state: её текущее состояние (active, paused или canceled)
campaign-cannot-cancel = Кампания { $id } { $state ->
    [active] активна
    [paused] приостановлена
    [canceled] уже отменена
   *[other] в состоянии «{ $state }»
  }; отменить её нельзя.

## Отказы: звонки и записи.

# $value: номер в том виде, как он указан
call-number-not-international = «{ $value }» — не номер в международном формате, например +77012345678.
# $script: указанный идентификатор сценария
call-script-unknown = Сценария звонка «{ $script }» не существует.
# $name: параметр, который оператор связи не передал
call-webhook-param-missing = В запросе оператора связи нет параметра { $name }.
# $status: статус, переданный оператором связи
call-webhook-status-unknown = «{ $status }» — неизвестный этому сервису статус звонка.
# $value: переданный текст
call-webhook-not-a-number = «{ $value }» — не число.
# $id: номер нашего звонка; $known: его идентификатор у оператора связи; $sid: идентификатор из запроса
call-webhook-other-call = Звонку { $id } соответствует { $known }, а не { $sid }.
# $id: номер записи
recording-path-unsafe = У записи { $id } небезопасный путь к файлу.

## Не найдено.

# $id: номер пользователя
not-found-user = Пользователь { $id } не найден.
# $action: действие в адресе
not-found-user-action = Действия с пользователем «{ $action }» не существует.
# $id: номер токена
not-found-token = Действующий токен { $id } не найден.
# $id: номер кампании
not-found-campaign = Кампания { $id } не найдена.
# $action: действие в адресе
not-found-campaign-action = Действия с кампанией «{ $action }» не существует.
# $script: идентификатор сценария
not-found-script = Сценарий звонка { $script } не найден.
# $script: идентификатор сценария; $version: его версия
not-found-script-version = Сценарий { $script } версии { $version } не найден.
# $id: номер звонка
not-found-call = Звонок { $id } не найден.
# $id: номер записи
not-found-recording-audio = Аудиофайл записи { $id } недоступен.
# $id: номер отдела
not-found-department = Отдел { $id } не найден.
# $id: номер сотрудника
not-found-staff = Сотрудник { $id } не найден.
# $id: номер центра
not-found-centre = Центр { $id } не найден.

## Справочник сотрудников: одна ошибка в файле импорта или в записи, по столбцу.
## Эти сообщения идут после «поле «phone»: » в списке ошибок файла.

# $file: имя файла; $line: строка (заголовок — строка 1); $field: столбец; $problem: в чём ошибка
roster-problem-line = { $file }:{ $line }: поле «{ $field }»: { $problem }
# $field: столбец; $problem: в чём ошибка
roster-field-problem = { $field }: { $problem }
# $file: имя файла; $error: почему не удалась запись
roster-import-failed = { $file }: ничего не импортировано: { $error }
# $content_type: переданный Content-Type
roster-import-not-csv = Отправьте файл с Content-Type: text/csv (получено «{ $content_type }»).
roster-input-invalid = Входные данные некорректны.
# $detail: сообщение модуля чтения JSON в исходном виде
roster-body-invalid = Тело запроса не соответствует ожидаемому JSON: { $detail }
# $detail: сообщение модуля чтения JSON в исходном виде
roster-body-unreadable = Не удаётся прочитать тело запроса: { $detail }
# $body: ключ в теле запроса; $path: ключ в адресе
roster-key-differs = «{ $body }» в теле запроса отличается от «{ $path }» в URL

# $error: сообщение системы
roster-file-unreadable = не удаётся прочитать: { $error }
# $error: сообщение модуля чтения CSV
roster-header-unreadable = не удаётся прочитать первую строку: { $error }
# $columns: названия столбцов через запятую
roster-file-empty = файл пуст; в первой строке должны быть названия столбцов: { $columns }
# $error: сообщение модуля чтения CSV
roster-row-unreadable = не удаётся прочитать эту строку: { $error }
# $count: сколько полей в строке; $expected: сколько их в заголовке
roster-row-field-count = в строке { $count ->
    [one] { $count } поле
    [few] { $count } поля
    [many] { $count } полей
   *[other] { $count } поля
  }, а в заголовке — { $expected }; значение, содержащее запятую, заключите в двойные кавычки
roster-not-utf8 = текст не в кодировке UTF-8; сохраните файл в формате «CSV UTF-8»
# $column: название столбца
roster-column-twice = столбец «{ $column }» встречается дважды
# $column: найденное название столбца; $columns: ожидаемые названия через запятую
roster-column-unknown = неизвестный столбец «{ $column }»; допустимые столбцы: { $columns }
# $column: название столбца
roster-column-missing = отсутствует обязательный столбец «{ $column }»

# $field: столбец
roster-field-required = { $field }: обязательное поле
# $value: код в том виде, как он указан
roster-code-spaces = значение «{ $value }» не должно содержать пробелов и символа «/»
# $value: текст в том виде, как он указан
roster-flag-invalid = «{ $value }» — не «да» и не «нет» (допустимо: yes/no, true/false, y/n, 1/0; пустое значение означает «да»)
# $value: причина в том виде, как она указана
roster-exclusion-needs-ineligible = указана причина «{ $value }», но в поле eligible стоит «да»; укажите в eligible «нет» или удалите причину
# $code: код отдела в том виде, как он указан
roster-department-unknown = нет отдела «{ $code }»; сначала импортируйте файл отделов
# $code: код отдела в том виде, как он указан; $suggestion: существующий код, отличающийся только регистром
roster-department-unknown-suggest = нет отдела «{ $code }» (возможно, имелся в виду «{ $suggestion }»?); сначала импортируйте файл отделов
# $code: код отдела; $first: строка, где он встретился впервые
roster-department-repeated = отдел «{ $code }» уже указан в строке { $first }
# $centre: код центра; $name: его название в предыдущей строке; $first: эта строка
roster-centre-other-name = центр «{ $centre }» в строке { $first } называется «{ $name }»
# $centre: код центра; $zone: его часовой пояс в предыдущей строке; $first: эта строка
roster-centre-other-zone = для центра «{ $centre }» в строке { $first } указан часовой пояс «{ $zone }»
# $value: табельный номер; $first: строка, где он встретился впервые
roster-employee-repeated = табельный номер «{ $value }» уже указан в строке { $first }

roster-time-zone-required = укажите часовой пояс (имя IANA, например Asia/Almaty)
# $value: текст в том виде, как он указан
roster-time-zone-unknown = «{ $value }» — не имя часового пояса IANA (например, Asia/Almaty или Asia/Novokuznetsk)
# $value: рабочие дни в том виде, как они указаны; $day: часть, которая не является днём недели
roster-weekday-unknown = «{ $value }»: «{ $day }» — не день недели (mon, tue, … sun)
roster-work-days-required = укажите хотя бы один рабочий день, например mon-fri
# $value: текст в том виде, как он указан
roster-time-invalid = «{ $value }» — не время в формате ЧЧ:ММ (например, 09:00)
# $start, $end: время, ЧЧ:ММ
roster-work-end-before-start = окончание работы ({ $end }) должно быть позже начала ({ $start })
roster-lunch-end-required = указано lunch_start, поэтому обязательно lunch_end
roster-lunch-start-required = указано lunch_end, поэтому обязательно lunch_start
# $start, $end: время, ЧЧ:ММ
roster-lunch-end-before-start = окончание обеда ({ $end }) должно быть позже начала ({ $start })
# $lunch_start, $lunch_end: обеденный перерыв; $start, $end: рабочее время; всё в формате ЧЧ:ММ
roster-lunch-outside-hours = обед { $lunch_start }–{ $lunch_end } выходит за рамки рабочего времени { $start }–{ $end }

roster-phone-required = укажите номер телефона
# $value: номер в том виде, как он указан
roster-phone-invalid = «{ $value }» — недействительный номер телефона
# $value: номер в том виде, как он указан; $region: страна, в которой читаются номера без «+»
roster-phone-invalid-in-region = «{ $value }» — недействительный номер телефона для региона { $region }
# $value: номер в том виде, как он указан; $region: регион по умолчанию из настроек
roster-phone-no-region = у номера «{ $value }» нет кода страны (+…), а регион по умолчанию «{ $region }» не является двухбуквенным кодом страны
# $value: номер в том виде, как он указан; $extension: добавочный номер в нём
roster-phone-extension = «{ $value }» содержит добавочный номер ({ $extension }); укажите прямой номер сотрудника
