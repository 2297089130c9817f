## Управление программой через веб-страницы: обзор, кампании, создаваемые
## в форме с предварительным просмотром плана, справочник сотрудников,
## роли и отделы пользователей.

## Обзор (главная страница администраторов).
nav-overview = Обзор
overview-heading = Обзор
admin-campaigns-none = Кампаний пока нет. Создайте первую кнопкой «Новая кампания».
overview-grading = Записи, ожидающие оценки
# $held: задания, закреплённые сейчас за оценщиками; $graded: оценки, отправленные за последние 24 часа
overview-grading-detail = сейчас на оценке: { $held ->
    [one] { $held } запись
    [few] { $held } записи
    [many] { $held } записей
   *[other] { $held } записи
  } · оценено за последние 24 часа: { $graded ->
    [one] { $graded } запись
    [few] { $graded } записи
    [many] { $graded } записей
   *[other] { $graded } записи
  }
overview-grading-link = Согласованность экспертов-оценщиков
overview-callbacks = Обратные звонки к выполнению
# $later: незавершённые обратные звонки с более поздним сроком; $closed: выполненные за последние 24 часа; $follow_ups: обращения, по которым отработка ещё не завершена
overview-callbacks-detail = к выполнению позднее: { $later ->
    [one] { $later } звонок
    [few] { $later } звонка
    [many] { $later } звонков
   *[other] { $later } звонка
  } · выполнено за последние 24 часа: { $closed ->
    [one] { $closed } звонок
    [few] { $closed } звонка
    [many] { $closed } звонков
   *[other] { $closed } звонка
  } · требуют отработки: { $follow_ups ->
    [one] { $follow_ups } обращение
    [few] { $follow_ups } обращения
    [many] { $follow_ups } обращений
   *[other] { $follow_ups } обращения
  }
overview-callbacks-link = Сводка по обратным звонкам
overview-recordings = Записи, ожидающие получения
overview-recordings-detail = сохранено: { $available ->
    [one] { $available } запись
    [few] { $available } записи
    [many] { $available } записей
   *[other] { $available } записи
  } · отложено как повреждённые: { $corrupt ->
    [one] { $corrupt } запись
    [few] { $corrupt } записи
    [many] { $corrupt } записей
   *[other] { $corrupt } записи
  } · не удалось получить: { $failed ->
    [one] { $failed } запись
    [few] { $failed } записи
    [many] { $failed } записей
   *[other] { $failed } записи
  }
overview-carrier = Оператор связи
overview-carrier-ok = Принимает звонки
overview-carrier-degraded = Отклоняет часть звонков
overview-carrier-failing = Отклоняет звонки
overview-carrier-sandbox = Встроенный тестовый оператор связи (без реальных звонков).
overview-carrier-configured = Настроенная учётная запись оператора связи.
# Количество за последние 24 часа
overview-carrier-detail = За последние 24 часа { $accepted ->
    [one] принят { $accepted } звонок
    [few] принято { $accepted } звонка
    [many] принято { $accepted } звонков
   *[other] принято { $accepted } звонка
  }, { $refused ->
    [one] отклонён { $refused } звонок
    [few] отклонено { $refused } звонка
    [many] отклонено { $refused } звонков
   *[other] отклонено { $refused } звонка
  }, { $in_progress ->
    [one] ещё выполняется { $in_progress } звонок
    [few] ещё выполняются { $in_progress } звонка
    [many] ещё выполняется { $in_progress } звонков
   *[other] ещё выполняется { $in_progress } звонка
  }.
overview-carrier-last-accepted = Последний принятый звонок: { $when }
overview-carrier-last-refused = Последний отклонённый звонок: { $when }
overview-failures = Сбои за последние 24 часа
overview-failures-when = Когда
overview-failures-what = Что
overview-failures-error = Ошибка
# $id: номер звонка; $state: его состояние
overview-failure-call = Звонок № { $id }: { $state }
overview-failure-recording = Запись звонка № { $id }: { $state }
overview-failures-none = За последние 24 часа сбоев не было.

## Новая кампания: форма, затем предварительный просмотр её плана.
campaign-new-title = Новая кампания
campaign-new-intro = Выберите сценарии, сотрудников и период. Кнопка «Показать план» покажет, сколько звонков будет сделано и кто из сотрудников не получит всех положенных звонков; ничего не сохраняется, пока вы не создадите кампанию.
# $field: название поля формы, в котором ошибка
campaign-new-field-at-fault = { $field }:
campaign-field-name = Название кампании
campaign-field-scripts = Сценарии оценки
campaign-field-departments = Отделы
campaign-field-grades = Категории
campaign-field-start_date = Первый день
campaign-field-end_date = Последний день
campaign-field-calls_per_staff = Звонков на сотрудника
campaign-field-window_start = Начало обзвона
campaign-field-window_end = Окончание обзвона
campaign-field-holidays = Праздничные дни
campaign-new-no-scripts = В каталоге call-scripts/ нет сценариев оценки.
campaign-new-departments-hint = Если ничего не отмечено, в кампанию входят все отделы.
campaign-new-no-departments = В справочнике пока нет отделов: сначала загрузите их на странице «Справочник сотрудников».
campaign-new-grades-hint = Через запятую; если поле пустое — все категории.
campaign-new-window-hint = Местное время каждого отдела (в 24-часовом формате, например 09:00), в пределах его рабочего времени и вне обеденного перерыва.
campaign-new-holidays-hint = Дни без звонков в формате 2026-12-25, через запятую или пробел.
campaign-new-preview = Показать план
# $count: сколько звонков предусматривает план
campaign-new-create = Создать кампанию ({ $count ->
    [one] { $count } звонок
    [few] { $count } звонка
    [many] { $count } звонков
   *[other] { $count } звонка
  })
# $value: введённый текст
campaign-form-date-invalid = «{ $value }» — не дата в формате 2026-12-01.
campaign-preview-heading = План
# $calls: запланированные звонки; $staff: охваченные сотрудники; $weeks: недели, на которые приходятся звонки
campaign-preview-summary = План: { $calls ->
    [one] { $calls } звонок
    [few] { $calls } звонка
    [many] { $calls } звонков
   *[other] { $calls } звонка
  } { $staff ->
    [one] { $staff } сотруднику
    [few] { $staff } сотрудникам
    [many] { $staff } сотрудникам
   *[other] { $staff } сотрудника
  } в течение { $weeks ->
    [one] { $weeks } недели
    [few] { $weeks } недель
    [many] { $weeks } недель
   *[other] { $weeks } недели
  }.
# $count: звонки, которые не удаётся распределить; $people: затронутые сотрудники
campaign-preview-short = Не удаётся распределить { $count ->
    [one] { $count } звонок
    [few] { $count } звонка
    [many] { $count } звонков
   *[other] { $count } звонка
  } для { $people ->
    [one] { $people } сотрудника
    [few] { $people } сотрудников
    [many] { $people } сотрудников
   *[other] { $people } сотрудника
  }; причины указаны ниже.
campaign-preview-by-department = По отделам
campaign-preview-by-week = По неделям
campaign-preview-department = Отдел
campaign-preview-centre = Центр
campaign-preview-staff = Сотрудники
campaign-preview-calls = Звонки
campaign-preview-missing = Не распределено
campaign-preview-week-of = Неделя с
campaign-preview-shortfall-heading = Кто не получит всех положенных звонков
campaign-preview-person = Сотрудник
campaign-preview-why = Причина
campaign-preview-why-window = Время обзвона не совпадает с рабочим временем отдела.
# $days: дни периода, в которые у этого сотрудника есть свободное время
campaign-preview-why-days = В периоде всего { $days ->
    [one] { $days } свободный рабочий день
    [few] { $days } свободных рабочих дня
    [many] { $days } свободных рабочих дней
   *[other] { $days } свободного рабочего дня
  } (без учёта праздничных и выходных дней, а также дней, на которые уже назначены другие звонки).
campaign-pause = Приостановить
campaign-resume = Возобновить
campaign-cancel = Отменить кампанию
campaign-cancel-hint = При отмене ожидающие звонки исключаются из плана; отменить это действие нельзя.

## Меню.
nav-menu = Главное меню
nav-roster = Справочник сотрудников
nav-staff-results = Результаты сотрудников

## Пользователи: отдел и роли.
admin-users-column-department = Отдел
admin-users-column-actions = Действия
admin-users-department-none = — нет —
# $username: учётная запись, роли которой изменяет форма
admin-users-roles-of = Роли пользователя { $username }
admin-users-save-roles = Сохранить роли и отдел
user-roles-own-admin = Нельзя снять роль администратора с самого себя; обратитесь к другому администратору.
audit-action-staff_changed = изменение данных сотрудника
audit-action-user_roles_changed = изменение ролей пользователя

## Страницы справочника сотрудников.
roster-title = Справочник сотрудников
roster-staff = Сотрудники
roster-search = ФИО или табельный номер
roster-department = Отдел
roster-grade = Категория
roster-status = Статус
roster-all = Все
roster-status-callable = включён в обзвон
roster-status-inactive = неактивен
roster-status-not-eligible = исключён из обзвона
roster-find = Найти
# $count: сколько сотрудников найдено
roster-found = { $count ->
    [one] Найден { $count } сотрудник.
    [few] Найдено { $count } сотрудника.
    [many] Найдено { $count } сотрудников.
   *[other] Найдено { $count } сотрудника.
  }
# $count: сколько сотрудников найдено; $shown: сколько из них показано в списке
roster-found-first = { $count ->
    [one] Найден { $count } сотрудник
    [few] Найдено { $count } сотрудника
    [many] Найдено { $count } сотрудников
   *[other] Найдено { $count } сотрудника
  }; показаны первые { $shown }: чтобы увидеть остальных, уточните условия поиска.
roster-employee-no = Таб. №
roster-name = Имя / название
roster-job-title = Должность
roster-phone = Телефон
roster-no-staff = Подходящих сотрудников нет.
roster-departments = Отделы и их рабочее время
roster-code = Код
roster-centre = Центр
roster-days = Рабочие дни
roster-hours = Рабочее время
roster-lunch = Обед
roster-time-zone = Часовой пояс
roster-no-departments = Отделов пока нет: загрузите файл отделов ниже.
roster-centres = Центры
roster-no-centres = Центров пока нет: они добавляются вместе с файлом отделов.
roster-upload = Загрузка файла справочника
roster-upload-hint = Файл CSV со строкой заголовков, например выгруженный из электронной таблицы. Сначала проверяется каждая строка: если хотя бы в одной строке есть ошибка, ничего не изменяется, а все ошибочные строки выводятся списком.
roster-upload-what-legend = Содержимое файла
roster-upload-departments = Отделы (с центрами и рабочим временем)
roster-upload-staff = Сотрудники
roster-upload-file = Файл
roster-upload-submit = Проверить и загрузить
# $file: имя файла; $count: число ошибочных строк
roster-upload-refused = Файл { $file } не загружен: { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
  }. Ничего не изменено.
roster-upload-line = Строка
roster-upload-field = Столбец
roster-upload-value = Значение
roster-upload-problem = Ошибка
# $file: имя файла
roster-upload-done = Файл { $file } загружен. Добавлено: { $created ->
    [one] { $created } запись
    [few] { $created } записи
    [many] { $created } записей
   *[other] { $created } записи
  }, изменено: { $updated ->
    [one] { $updated } запись
    [few] { $updated } записи
    [many] { $updated } записей
   *[other] { $updated } записи
  }, без изменений: { $unchanged ->
    [one] { $unchanged } запись
    [few] { $unchanged } записи
    [many] { $unchanged } записей
   *[other] { $unchanged } записи
  }.
# $detail: что не удалось прочитать
roster-upload-unreadable = Не удалось прочитать загруженные данные: { $detail }
roster-upload-no-file = Выберите файл для загрузки.
# $value: переданное значение
roster-upload-what = «{ $value }» — недопустимое содержимое файла: укажите отделы или сотрудников.
roster-back = ← Справочник сотрудников
roster-staff-not-saved = Не сохранено:
roster-staff-details = Сведения
roster-staff-calls = Оценочные звонки
roster-active = Работает в настоящее время (active)
roster-eligible = Может получать оценочные звонки (eligible)
roster-reason = Причина
roster-reason-hint = Обязательна, если сотрудник неактивен или исключён из обзвона, например находится в отпуске или занимает должность, не связанную с приёмом заявителей.
roster-reason-required = Укажите причину исключения сотрудника из обзвона.
roster-save = Сохранить
roster-field-name = ФИО
roster-field-department_code = Отдел
roster-field-grade = Категория
roster-field-job_title = Должность
roster-field-phone = Телефон
roster-field-exclusion_reason = Причина
roster-field-active = Активен
roster-field-eligible = Подлежит оценке
roster-staff-saved = Сохранено.

## Рабочее место эксперта-оценщика: очередь и собственный день оценщика.
# $waiting: записи, ожидающие в очереди; $mine: сколько этот оценщик отправил сегодня
desk-progress = В очереди { $waiting ->
    [one] { $waiting } запись
    [few] { $waiting } записи
    [many] { $waiting } записей
   *[other] { $waiting } записи
  } · сегодня вы оценили { $mine ->
    [one] { $mine } запись
    [few] { $mine } записи
    [many] { $mine } записей
   *[other] { $mine } записи
  }.
# $zone: часовой пояс центра (например, Asia/Almaty)
callbacks-call-back-at-in = Когда перезвонить (по времени { $zone }, если заявитель просил перезвонить позже)
campaign-new-date-hint = Даты вводятся в формате год-месяц-день, например 2026-12-01.
