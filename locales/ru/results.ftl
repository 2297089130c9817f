## Результаты для кадровой службы: обзор по отделам, списки и карточки
## сотрудников, лучшие сотрудники, потребность в обучении, обжалования,
## отчёты для печати, диаграммы и выгрузки CSV/XLSX. Имена людей, названия
## отделов и центров, критериев и тем обучения берутся из данных и сценариев.

## Периоды и фильтры, общие для страниц результатов.

# $year: год, например 2026 (без разделителя разрядов)
results-period-year = { $year }
# $from, $to: первый и последний день периода, уже отформатированные
results-period-custom = { $from } – { $to }
# $period: период (например, «октябрь 2026 г.»); $from, $to: его первый и последний день, уже отформатированные
results-period-span = { $period } ({ $from } – { $to })
results-month = Месяц
results-show = Показать
results-previous = ← Назад
results-next = Вперёд →
results-filter = Отфильтровать
results-all-centres = Все центры
results-all-departments = Все отделы
# $from, $to: указанные дни в формате ГГГГ-ММ-ДД
results-period-ends-before-start = Период заканчивается ({ $to }) раньше, чем начинается ({ $from }).
# $years: максимальная длина периода в годах
results-period-too-long = Период не может превышать { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
  }.
# $value: указанный месяц
results-month-invalid = «{ $value }» — не месяц в формате 2026-10.
# $value: указанный год
results-year-invalid = «{ $value }» — не год в формате 2026.
results-period-from-and-to = Укажите и первый, и последний день либо не указывайте ни один.
# $code: указанный код отдела
results-department-unknown = Отдела «{ $code }» не существует.
# $code: указанный код центра
results-centre-unknown = Центра «{ $code }» не существует.
# $id: номер сотрудника
results-staff-not-found = Сотрудник { $id } не найден
# $id: номер оценки
results-evaluation-not-found = Итоговая оценка { $id } не найдена

## Общие слова страниц результатов.

results-final-evaluations = Итоговые оценки
results-mean-total = Средний итоговый балл
results-staff-under = Сотрудники ниже порога
results-no-evaluations = В этом периоде итоговых оценок нет.
results-nobody-under = Ни один сотрудник не опустился ниже порога своей кампании.
results-listen = Прослушать
results-measured = (измерено)
results-download-xlsx = Скачать XLSX
results-download-xlsx-all = Скачать XLSX (все таблицы)
# Стоит перед списком таблиц, которые можно скачать по отдельности в CSV.
results-download-csv = CSV:
# $count: на скольких заявителях или оценках основан показатель
results-sample-size = n={ $count }
# $text: собственные слова заявителя
results-quoted = «{ $text }»
results-column-rank = Место
results-column-department = Отдел
results-column-centre = Центр
results-column-evaluations = Оценки
results-column-mean = Среднее
results-column-interval = 95%-й интервал
results-column-ranking-score = Рейтинговый балл
results-ranking-score-hint = Среднее, смещённое к общему среднему тем сильнее, чем меньше данных за ним стоит
results-column-employee-no = Таб. №
results-column-name = ФИО
results-column-threshold = Порог
results-column-citizens = Заявители (1–5)
results-flag-few-calls = мало звонков

## Кем утверждён итоговый балл (источник балла оценки), по значению:
## results-score-source-<value>.
results-score-source-single = один оценщик
results-score-source-mean = среднее двух оценщиков
results-score-source-adjudicated = арбитраж
results-score-source-auto = автоматически
results-score-source-dispute = обжалование

## Обзор по отделам.

results-title = Результаты
# $period: показанный период, например «октябрь 2026 г.»
results-heading = Результаты · { $period }
results-nav-staff = Сотрудники
results-nav-stars = Лучшие сотрудники
results-nav-training = Потребность в обучении
results-nav-disputes = Обжалования
results-nav-report = Ежемесячный отчёт для печати
results-nav-label = Другие разделы результатов
# $year: год сводки (без разделителя разрядов)
results-year-end-xlsx = Годовая сводка за { $year } г. (XLSX)
results-departments-heading = Отделы
results-departments-explained = Рейтинг строится по баллу, который не даёт преимущества малым выборкам: каждое среднее смещается к общему среднему тем сильнее, чем меньше данных за ним стоит. 95%-й интервал рядом со средним показывает, насколько оно надёжно.
results-centres-heading = Центры
results-spread-heading = Распределение баллов
results-under-heading = Сотрудники ниже порога своей кампании

## Список сотрудников.

results-staff-title = Результаты сотрудников
# $period: показанный период
results-staff-heading = Результаты сотрудников · { $period }

## Карточка результатов сотрудника и её версия для печати (а также годовая сводка).

# $name: имя сотрудника
scorecard-title = { $name } · карточка результатов
scorecard-printable = Карточка для печати
# $year: год сводки (без разделителя разрядов)
scorecard-year-end = Годовая сводка за { $year } г.
# $name: имя сотрудника; $period: период
scorecard-print-title = Карточка результатов · { $name } · { $period }
# $name: имя сотрудника; $period: год
scorecard-print-title-year = Годовая сводка · { $name } · { $period }
# $period: период карточки
scorecard-print-heading = Карточка оценки телефонной вежливости · { $period }
scorecard-evaluation-calls = Оценочные звонки
scorecard-answered-by-person = Ответил человек
scorecard-median-latency = Медианное время ответа
# $seconds: число секунд, уже отформатированное
scorecard-seconds = { $seconds } с
scorecard-threshold = Порог («хорошо»)
scorecard-citizens-about-them = Оценка заявителей
# Идёт после средней оценки. $rated: заявители, оценившие сотрудника; $reached: заявители, до которых дозвонились
scorecard-citizens-rated = / 5; оценили { $rated } из { $reached } опрошенных
scorecard-rings-heading = Гудки до ответа
# Звонок без ответа, исход которого неизвестен.
scorecard-connection-unknown = неизвестно
scorecard-trend-heading = Динамика
scorecard-stages-heading = Этапы
scorecard-items-heading = Критерии
scorecard-column-stage = Этап
scorecard-column-item = Критерий
scorecard-column-topic = Тема обучения
scorecard-column-score = Балл
scorecard-falls-short = ниже порога
scorecard-no-items = В этом периоде критерии не оценивались.
scorecard-graders-heading = Комментарии экспертов-оценщиков
# $date: день звонка; $item: критерий; $text: комментарий оценщика
scorecard-comment-on-item = { $date } · { $item }: { $text }
# $date: день звонка; $text: комментарий оценщика ко всему звонку
scorecard-comment = { $date }: { $text }
scorecard-no-comments = Комментариев нет.
scorecard-citizens-heading = Что сказали заявители
# $service: полученная услуга; $rating: оценка сотрудника заявителем (1–5); $text: его слова
scorecard-citizen-rated = { $service } · { $rating }/5: «{ $text }»
# $service: полученная услуга; $text: слова заявителя
scorecard-citizen = { $service }: «{ $text }»
scorecard-no-citizens = Высказываний по итогам обратных звонков нет.
scorecard-evaluations-heading = Оценки
scorecard-column-date = Дата
scorecard-column-script = Сценарий
scorecard-column-connection = Соединение
scorecard-column-rings = Гудки
scorecard-column-total = Итог
scorecard-column-band = Уровень
scorecard-column-source = Источник балла
scorecard-column-dispute = Обжалование
# $version: номер версии балла
scorecard-version = (версия { $version })
scorecard-locked = закрыто
scorecard-details = Подробнее
scorecard-details-or-dispute = Подробнее · обжаловать

## Лучшие сотрудники месяца.

stars-title = Лучшие сотрудники
# $period: показанный месяц
stars-heading = Лучшие сотрудники месяца · { $period }
# $min: минимальное число итоговых оценок; $probability: нужная вероятность быть выше медианы, в процентах
stars-explained = В каждом центре — сотрудники, у которых в этом месяце не менее { $min } { $min ->
    [one] итоговой оценки
    [few] итоговых оценок
    [many] итоговых оценок
   *[other] итоговой оценки
  } и которые выше медианы сотрудников центра с вероятностью не менее { $probability }, в порядке рейтингового балла (среднее, смещённое к общему среднему по центру тем сильнее, чем меньше данных за ним стоит). При равном балле порядок определяет удовлетворённость заявителей отношением сотрудника по итогам обратных звонков; если совпадает и она, сотрудники делят место.
stars-no-centre = Ни в одном центре пока нет сотрудников.
# $score: рейтинговый балл, уже отформатированный
stars-score = балл { $score }
# $mean: простое среднее; $evaluations: число оценок в записи evaluations-count; $interval: 95%-й интервал
stars-mean-over = среднее { $mean } ({ $evaluations }), { $interval }
# $rating: средняя оценка сотрудника заявителями (1–5), уже отформатированная
stars-citizens = заявители { $rating }/5
# $names: остальные с тем же баллом и удовлетворённостью, через запятую
stars-tied-with = делит место с: { $names }
stars-decided-by-satisfaction = равный балл: место определено по удовлетворённости заявителей
# $evaluations: число оценок в записи evaluations-count
stars-thin-data = мало данных: { $evaluations }
# $items: лучшие критерии сотрудника в записи stars-best-item, через точку с запятой
stars-best-at = Сильные стороны: { $items }
# $item: критерий; $score: балл сотрудника по нему (0–100)
stars-best-item = { $item } ({ $score })
# $min: минимальное число итоговых оценок для включения в рейтинг
stars-nobody-eligible = В этом месяце ни у кого нет { $min } или более итоговых оценок.
# $min: минимальное число итоговых оценок; $people: те, у кого меньше, в записи stars-below-minimum-person
stars-below-minimum = Пока не включены в рейтинг (менее { $min } итоговых оценок): { $people }
# $name: сотрудник; $count: его итоговые оценки; $mean: его средний итоговый балл
stars-below-minimum-person = { $name } ({ $count }, среднее { $mean })

## Потребность в обучении.

training-title = Потребность в обучении
# $period: показанный период
training-heading = Потребность в обучении · { $period }
training-topics-heading = Кому какая тема обучения нужна
training-column-topic = Тема
training-column-who = Кто
training-column-staff = Сотрудники
# Тема критериев, для которых в сценарии тема не указана.
training-topic-other = прочее
training-topic-answering = ответ на звонок
training-topic-listening = умение слушать
training-topic-accuracy = точность информации
training-topic-transfers = переадресация звонков
training-topic-courtesy = вежливость
training-topic-closing = завершение разговора
training-topic-attitude = отношение к заявителю
training-topic-process = порядок оказания услуги
training-nobody = никто
training-matrix-heading = Сотрудники × критерии
training-matrix-explained = В каждой ячейке — средний балл сотрудника по критерию (0–100); отмеченные ячейки ниже порога соответствующей кампании.
training-falls-short = ниже порога
training-examples-heading = Лучшая практика: записи с наивысшими баллами по каждому критерию
# $item: балл записи по критерию (0–100); $total: её итоговый балл
training-example-scores = критерий { $item } · итог { $total }
training-shared = доступно для обучения
training-stop-sharing = Закрыть доступ
training-mark-for-sharing = Открыть для обучения
training-no-recording = Оценённых записей пока нет.

## Обжалование итогового балла.

## Состояния обжалования, по значению: dispute-state-<value>.
dispute-state-open = на рассмотрении
dispute-state-accepted = удовлетворено
dispute-state-partly_accepted = удовлетворено частично
dispute-state-rejected = отклонено

disputes-title = Обжалования
disputes-state-all = все
disputes-download-csv = Скачать CSV
disputes-figure-open = На рассмотрении
disputes-figure-accepted = Удовлетворено
disputes-figure-partly-accepted = Удовлетворено частично
disputes-figure-rejected = Отклонено
disputes-figure-median-time = Медианный срок рассмотрения
# $hours: число часов, уже отформатированное
disputes-hours = { $hours } ч
disputes-column-number = №
disputes-column-call-date = Дата звонка
disputes-column-staff = Сотрудник
disputes-column-items = Критерии
disputes-column-why = Основание
disputes-column-raised-by = Кем подано
disputes-column-state = Состояние
disputes-column-resolution = Решение
disputes-column-hours = Часы
disputes-review = Рассмотреть
disputes-open-link = Открыть
disputes-none = Обжалований нет.

## Страница оценки: критерии, история балла, обжалования.

# $id: номер оценки
disputes-evaluation-title = Оценка { $id }
# $source: кем утверждён балл (results-score-source-*); $version: версия балла
disputes-score-version = { $source }, версия { $version }
disputes-recording = Запись разговора
disputes-items-heading = Критерии (текущая версия)
# Сокращение «неприменимо» в ячейке таблицы.
disputes-not-applicable-short = н/п
disputes-history-heading = История балла
disputes-column-version = Версия
disputes-column-source = Источник
disputes-column-by = Кто
disputes-column-when = Когда
# $id: номер обжалования
disputes-number = № { $id }
# $name: кто подал обжалование; $items: обжалуемые критерии через запятую
disputes-raised-by = подано: { $name }; критерии: { $items }
# $name: кто рассмотрел; $text: его решение
disputes-resolution-by = Решение ({ $name }): { $text }
# $item: критерий
disputes-new-score-for = Новый балл по критерию «{ $item }»
disputes-score-unchanged = без изменений
disputes-not-applicable = неприменимо
# Два уровня критерия «да/нет».
disputes-level-yes = да
disputes-level-no = нет
disputes-accept = Удовлетворить с этими баллами
disputes-reject = Отклонить
disputes-resolve-explained = Если указать новые баллы по всем обжалуемым критериям, обжалование удовлетворяется; если лишь по некоторым — удовлетворяется частично. В любом случае после решения оценка закрывается для изменений.
disputes-none-on-evaluation = Обжалований нет.
disputes-raise-heading = Обжаловать оценку
# $days: в течение скольких дней после утверждения балла его можно обжаловать
disputes-raise-explained = В течение { $days } дн. после утверждения итогового балла. Укажите критерии и основание.
disputes-disputed-items = Обжалуемые критерии
disputes-raise = Подать обжалование
disputes-closed-locked = Обжалование невозможно: по этой оценке уже принято решение по обжалованию, она закрыта для изменений.
disputes-closed-not-final = Обжалование невозможно: балл ещё не утверждён.
# $days: срок обжалования в днях
disputes-closed-window = Обжалование невозможно: срок { $days } дн. после утверждения балла истёк.

## Отказы при подаче и рассмотрении обжалования.

# $evaluation: номер оценки
disputes-refused-locked = Оценку { $evaluation } нельзя обжаловать: по ней уже принято решение по обжалованию, она закрыта для изменений.
# $evaluation: номер оценки
disputes-refused-not-final = Оценку { $evaluation } нельзя обжаловать: её балл ещё не утверждён.
# $evaluation: номер оценки; $days: срок обжалования в днях
disputes-refused-window = Оценку { $evaluation } нельзя обжаловать: срок { $days } дн. после утверждения балла истёк.
disputes-comment-missing = Укажите основание для обжалования.
disputes-items-missing = Укажите хотя бы один обжалуемый критерий.
# $item: указанный ключ критерия; $script: код сценария звонка
disputes-item-unknown = «{ $item }» — не критерий сценария { $script }.
# $evaluation: номер оценки
disputes-already-open = По оценке { $evaluation } уже есть обжалование на рассмотрении.
# $id: номер обжалования; $state: его состояние (accepted, partly_accepted или rejected)
disputes-already-resolved = Обжалование { $id } уже { $state ->
    [accepted] удовлетворено
    [partly_accepted] удовлетворено частично
   *[rejected] отклонено
  }.
disputes-reviewer-raised-it = Обжалование рассматривает не тот, кто его подал.
disputes-resolution-missing = Укажите принятое решение и его обоснование.
disputes-rejected-changes-no-score = Отклонённое обжалование не меняет баллов.
disputes-score-not-disputed = Новые баллы ставятся только по обжалуемым критериям.
disputes-score-not-an-item = Такого критерия в сценарии нет.
disputes-score-na-not-allowed = Этот критерий нельзя отметить как неприменимый.
# $value: указанный новый балл по критерию
disputes-score-not-a-level = { $value } — нет такого уровня на шкале критерия.
# $level: указанный уровень; $min, $max: низший и высший уровень шкалы критерия
disputes-score-off-scale = { $level } — вне шкалы ({ $min }–{ $max }).
disputes-score-none-given = Укажите новый балл хотя бы по одному обжалуемому критерию или отклоните обжалование.
# $value: указанное решение
disputes-decision-invalid = «{ $value }»: выберите «удовлетворить» или «отклонить».
# $id: номер обжалования
disputes-resolved-meanwhile = Обжалование { $id } тем временем рассмотрено другим сотрудником.
# $id: номер обжалования
disputes-not-found = Обжалование { $id } не найдено

## Ежемесячный отчёт для печати (и то, что с ним разделяет карточка для печати).

# $period: месяц отчёта
report-heading = Телефонная вежливость · ежемесячный отчёт · { $period }
# $from, $to: первый и последний день отчёта, уже отформатированные
report-days = { $from } – { $to }
report-final-scores-only = только утверждённые баллы
# Перед временем подготовки отчёта.
report-prepared = подготовлено
report-print = Печать
report-disputes-raised = Подано обжалований
# $count: сколько обжалований ещё на рассмотрении
report-disputes-open = (на рассмотрении: { $count })
report-stars-heading = Лучшие сотрудники месяца
report-training-heading = Потребность в обучении по темам
report-column-people = Человек

## Диаграммы: заголовки, ряды и текстовые описания.

chart-trend-title = Средний итоговый балл по месяцам (месяцы без оценок не заполнены)
chart-trend-mean = Средний итоговый балл
chart-trend-threshold = Порог («хорошо»)
# $months: каждый месяц с оценками в записи chart-trend-alt-month, через точку с запятой
chart-trend-alt = Средний итоговый балл по месяцам: { $months }
# $month: месяц, например «октябрь 2026 г.»; $mean: средний итоговый балл, уже отформатированный; $count: число оценок
chart-trend-alt-month = { $month }: { $mean } (n={ $count })
chart-distribution-title = Итоговые баллы по интервалам в 10 баллов
chart-distribution-evaluations = Оценки
# $bins: каждый интервал в записи chart-distribution-alt-bin, через точку с запятой
chart-distribution-alt = Итоговые баллы по интервалам: { $bins }
# $bin: интервал баллов, например 80–89; $count: сколько итоговых баллов в него попало
chart-distribution-alt-bin = { $bin }: { $count }
chart-departments-title = Отделы: рейтинговый балл и простое среднее
chart-departments-ranking-score = Рейтинговый балл (со сглаживанием)
chart-departments-plain-mean = Простое среднее
# $name: отдел; $count: его итоговые оценки
chart-departments-label = { $name } (n={ $count })
# $departments: каждый отдел в записи chart-departments-alt-department, через точку с запятой
chart-departments-alt = Отделы, рейтинговый балл: { $departments }
# $name: отдел; $score: его рейтинговый балл; $mean: простое среднее (оба отформатированы); $count: его итоговые оценки
chart-departments-alt-department = { $name } { $score } (среднее { $mean }, n={ $count })

## Выгрузки (CSV и XLSX): названия листов, заголовки столбцов и слова в ячейках.
## Названия листов обрезаются до 31 символа.

export-sheet-departments = отделы
export-sheet-centres = центры
export-sheet-under-threshold = ниже порога
export-sheet-distribution = распределение
export-sheet-staff = сотрудники
export-sheet-year-end-summary = годовая сводка
export-sheet-summary = итоги
export-sheet-rings = гудки
export-sheet-stages = этапы
export-sheet-items = критерии
export-sheet-trend = динамика
export-sheet-evaluations = оценки
export-sheet-graders-comments = комментарии оценщиков
export-sheet-citizens = заявители
# $centre: название центра
export-sheet-stars = лучшие { $centre }
# $centre: название центра
export-sheet-below-minimum = ниже минимума { $centre }
export-sheet-matrix = матрица
export-sheet-topics = темы
export-sheet-examples = примеры
export-sheet-disputes = обжалования

export-column-rank = место
export-column-department = отдел
export-column-centre = центр
export-column-evaluations = оценки
export-column-mean = среднее
export-column-ci95-low = ДИ95 нижн.
export-column-ci95-high = ДИ95 верхн.
export-column-ranking-score = рейтинговый балл
export-column-employee-no = табельный номер
export-column-name = ФИО
export-column-threshold = порог
export-column-total = итог
export-column-grade = категория
export-column-job-title = должность
export-column-calls = звонки
export-column-answered-by-person = ответил человек
export-column-citizens-rating = оценка заявителей
export-column-satisfaction-staff = удовлетворённость отношением
export-column-figure = показатель
export-column-value = значение
export-column-rings-before-answer = гудки до ответа
export-column-stage = этап
export-column-item = критерий
export-column-label = название
export-column-training-topic = тема обучения
export-column-score = балл
export-column-short = ниже порога
export-column-month = месяц
export-column-evaluation = оценка
export-column-call = звонок
export-column-date = дата
export-column-script = сценарий
export-column-connection = соединение
export-column-rings = гудки
export-column-band = уровень
export-column-source = источник
export-column-version = версия
export-column-dispute = обжалование
export-column-comment = комментарий
export-column-callback = обратный звонок
export-column-service = услуга
export-column-place = место
export-column-ratings = число оценок заявителей
export-column-tied-with = делит место с
export-column-decided-by-satisfaction = место по удовлетворённости
export-column-best-items = лучшие критерии
export-column-citizens-words = слова заявителей
export-column-items-short = критерии ниже порога
export-column-topic = тема
export-column-items = критерии
export-column-staff = сотрудники
export-column-item-score = балл по критерию
export-column-shared = для обучения
export-column-call-date = дата звонка
export-column-raised-by = кем подано
export-column-state = состояние
export-column-reviewed-by = кем рассмотрено
export-column-resolution = решение
export-column-resolution-hours = срок рассмотрения, ч

## Строки итогового листа карточки результатов.
export-figure-period = период
export-figure-calls-placed = выполнено звонков
export-figure-answered-by-person = ответил человек
export-figure-share-answered = доля ответов
export-figure-median-latency = медианное время ответа (с)
export-figure-final-evaluations = итоговые оценки
export-figure-mean-total = средний итоговый балл
export-figure-ci95-low = ДИ95, нижняя граница
export-figure-ci95-high = ДИ95, верхняя граница
export-figure-threshold = порог («хорошо»)
export-figure-citizens-reached = опрошено заявителей (обратные звонки)
export-figure-satisfaction-staff = удовлетворённость отношением (1–5)

export-yes = да
# $connection: чем закончился звонок, на который не ответил человек (нет ответа, занято, …)
export-not-answered = без ответа: { $connection }
# $score: балл сотрудника по критерию ниже порога
export-score-short = { $score } (ниже порога)
# $item: критерий; $score: балл сотрудника по нему (0–100)
export-best-item = { $item } ({ $score })
# $value: запрошенный формат
export-format-invalid = «{ $value }»: выберите xlsx или csv.
# $value: запрошенное представление
export-view-invalid = «{ $value }»: выберите departments, staff, year, stars или training.
# $table: запрошенная таблица; $tables: существующие таблицы через запятую
export-table-unknown = Таблицы «{ $table }» нет; есть таблицы: { $tables }.
# $table: название таблицы; $rows: число строк в ней; $max: сколько строк вмещает электронная таблица
export-too-many-rows = В таблице «{ $table }» строк: { $rows } — больше, чем вмещает электронная таблица ({ $max }); скачайте её в формате CSV.

## Доказательность мест и отметок: интервалы мест и отметки только там, где данные показывают различие.

# $low, $high: границы 95%-го интервала места; $count: сколько участвует в рейтинге
results-rank-range = { $low }–{ $high } из { $count }
# $rank: место, которое данные определяют однозначно; $count: сколько участвует в рейтинге
results-rank-exact = { $rank } из { $count }
results-rank-hint = 95%-й интервал места: где лежит истинное место при том, что показывают данные
results-rank-explained = Места показаны 95%-ми интервалами. Если два интервала пересекаются, эти данные не позволяют их различить: считайте, что они делят место.
results-column-chance-below-mean = Вероятность ниже среднего
results-column-chance-below-threshold = Вероятность ниже порога
results-flagged = Направлены на корректирующее обучение
# $probability: вероятность, нужная для отметки, в процентах
results-flagged-hint = (только при доказанности: ниже общего среднего с вероятностью не менее { $probability })
results-flag-training = корректирующее обучение
results-no-differences-departments = Данные за этот период не показывают различий между отделами; никто не отмечен.
results-no-differences-centres = Данные за этот период не показывают различий между центрами; никто не отмечен.
# $probability: вероятность, нужная для отметки, в процентах
results-differences-departments = Данные за этот период показывают различия между отделами. Отдел отмечается, только если он ниже общего среднего с вероятностью не менее { $probability }.
# $probability: вероятность, нужная для отметки, в процентах
results-differences-centres = Данные за этот период показывают различия между центрами. Центр отмечается, только если он ниже общего среднего с вероятностью не менее { $probability }.
# $probability: вероятность, нужная для включения в список, в процентах
results-under-explained = Сотрудник попадает в список, только если данные показывают с вероятностью не менее { $probability }, что его истинный балл ниже порога.
results-methods-link = Как рассчитаны эти показатели
# $rank: интервал места сотрудника в записи results-rank-range; $probability: вероятность быть выше медианы, в процентах
stars-rank = место { $rank }, выше медианы с вероятностью { $probability }
# $probability: вероятность, нужная лучшему сотруднику, в процентах
stars-no-clear-stars = В этом месяце явных лучших сотрудников нет: ни у кого из сотрудников с достаточным числом оценок вероятность быть выше медианы центра не достигает { $probability }.
export-column-flag = отметка
export-flag-training = корректирующее обучение
export-column-rank-low = место от
export-column-rank-high = место до
export-column-chance-below-mean = вероятность ниже среднего
export-column-chance-below-threshold = вероятность ниже порога
export-column-chance-above-median = вероятность выше медианы
