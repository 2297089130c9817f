## Бағдарламаны беттер арқылы басқару: шолу, жоспарын алдын ала қарап
## нысан арқылы құрылатын науқандар, штат тізімі, пайдаланушылардың
## рөлдері мен бөлімдері.

## Шолу (әкімшілердің бастапқы беті).
nav-overview = Шолу
overview-heading = Шолу
admin-campaigns-none = Әзірге науқандар жоқ. Науқанды «Жаңа науқан» батырмасы арқылы бастаңыз.
overview-grading = Бағалауды күтетін жазбалар
# $held: бағалаушыларға қазір бекітілген тапсырмалар; $graded: соңғы 24 сағатта жіберілген бағалаулар
overview-grading-detail = қазір { $held } жазба бағалануда · соңғы 24 сағатта { $graded } жазба бағаланды
overview-grading-link = Бағалаушылардың келісімділігі
overview-callbacks = Қазір кезегі келген кері қоңыраулар
# $later: кезегі кейінірек келетін ашық кері қоңыраулар; $closed: соңғы 24 сағатта аяқталғандары; $follow_ups: әлі орындалмаған қосымша шаралар
overview-callbacks-detail = { $later } кері қоңыраудың кезегі кейінірек келеді · соңғы 24 сағатта { $closed } кері қоңырау аяқталды · { $follow_ups } қосымша шара орындалмаған
overview-callbacks-link = Кері қоңыраулар жиынтығы
overview-recordings = Алынуын күтетін жазбалар
overview-recordings-detail = { $available } жазба сақталды · { $corrupt } жазба бүлінген деп бөлек қойылды · { $failed } жазбаны алу мүмкін болмады
overview-carrier = Байланыс операторы
overview-carrier-ok = Қоңырауларды қабылдап жатыр
overview-carrier-degraded = Кейбір қоңырауларды қабылдамай жатыр
overview-carrier-failing = Қоңырауларды қабылдамай жатыр
overview-carrier-sandbox = Кірістірілген сынақ байланыс операторы (нақты қоңыраулар шалынбайды).
overview-carrier-configured = Бапталған байланыс операторының тіркелгісі.
# Соңғы 24 сағаттағы сандар
overview-carrier-detail = Соңғы 24 сағатта: { $accepted } қоңырау қабылданды, { $refused } қоңырау қабылданбады, { $in_progress } қоңырау әлі орындалуда.
overview-carrier-last-accepted = Соңғы қабылданған қоңырау: { $when }
overview-carrier-last-refused = Соңғы қабылданбаған қоңырау: { $when }
overview-failures = Соңғы 24 сағаттағы сәтсіздіктер
overview-failures-when = Уақыты
overview-failures-what = Не
overview-failures-error = Қате
# $id: қоңыраудың нөмірі; $state: оның күйі
overview-failure-call = № { $id } қоңырау: { $state }
overview-failure-recording = № { $id } қоңыраудың жазбасы: { $state }
overview-failures-none = Соңғы 24 сағатта сәтсіздік болған жоқ.

## Жаңа науқан: нысан, содан кейін оның жоспарын алдын ала қарау.
campaign-new-title = Жаңа науқан
campaign-new-intro = Сценарийлерді, қызметкерлерді және кезеңді таңдаңыз. «Жоспарды көру» батырмасы қанша қоңырау шалынатынын және кімге тиесілі қоңыраулардың барлығы шалынбайтынын көрсетеді; науқанды құрмайынша ештеңе сақталмайды.
# $field: қатесі бар нысан өрісінің атауы
campaign-new-field-at-fault = { $field }:
campaign-field-name = Науқан атауы
campaign-field-scripts = Бағалау сценарийлері
campaign-field-departments = Бөлімдер
campaign-field-grades = Санаттар
campaign-field-start_date = Бірінші күн
campaign-field-end_date = Соңғы күн
campaign-field-calls_per_staff = Әр қызметкерге қоңырау саны
campaign-field-window_start = Қоңырау шалу басталатын уақыт
campaign-field-window_end = Қоңырау шалу аяқталатын уақыт
campaign-field-holidays = Мереке күндері
campaign-new-no-scripts = call-scripts/ қалтасында бағалау сценарийлері жоқ.
campaign-new-departments-hint = Ештеңе белгіленбесе, барлық бөлім қамтылады.
campaign-new-no-departments = Штат тізімінде әзірге бөлімдер жоқ: алдымен оларды «Штат тізімі» бетінде жүктеңіз.
campaign-new-grades-hint = Үтір арқылы бөліңіз; бос қалса — барлық санат.
campaign-new-window-hint = Әр бөлімнің жергілікті уақыты (24 сағаттық формат, мысалы 09:00), оның жұмыс уақыты шегінде және түскі үзілістен тыс.
campaign-new-holidays-hint = Қоңырау шалынбайтын күндер, 2026-12-25 түрінде, үтір немесе бос орын арқылы.
campaign-new-preview = Жоспарды көру
# $count: жоспар бойынша шалынатын қоңыраулар
campaign-new-create = Науқанды құру ({ $count } қоңырау)
# $value: енгізілген мән
campaign-form-date-invalid = «{ $value }» — 2026-12-01 сияқты күн емес.
campaign-preview-heading = Жоспар
# $calls: жоспарланған қоңыраулар; $staff: қамтылған қызметкерлер; $weeks: қоңыраулар шалынатын апталар
campaign-preview-summary = { $weeks } апта ішінде { $staff } қызметкерге { $calls } қоңырау.
# $count: сыймайтын қоңыраулар; $people: оған қатысты қызметкерлер
campaign-preview-short = { $count } қоңырау кезеңге сыймайды, бұл { $people } қызметкерге қатысты: себептері төменде көрсетілген.
campaign-preview-by-department = Бөлімдер бойынша
campaign-preview-by-week = Апталар бойынша
campaign-preview-department = Бөлім
campaign-preview-centre = Орталық
campaign-preview-staff = Қызметкерлер
campaign-preview-calls = Қоңыраулар
campaign-preview-missing = Сыймағаны
campaign-preview-week-of = Апта басы
campaign-preview-shortfall-heading = Тиесілі қоңыраулардың барлығы шалынбайтын қызметкерлер
campaign-preview-person = Қызметкер
campaign-preview-why = Себебі
campaign-preview-why-window = Қоңырау шалу уақыты бөлімнің жұмыс уақытымен сәйкес келмейді.
# $days: кезеңдегі осы қызметкердің бос уақыты бар күндері
campaign-preview-why-days = Кезеңде тек { $days } бос жұмыс күні бар (мереке күндері, демалыс күндері және басқа қоңыраулар белгіленген күндер есептелмейді).
campaign-pause = Кідірту
campaign-resume = Қайта бастау
campaign-cancel = Науқанның күшін жою
campaign-cancel-hint = Науқанның күшін жойғанда оның күтудегі қоңыраулары жоспардан алынып тасталады; бұл әрекетті кері қайтару мүмкін емес.

## Мәзір.
nav-menu = Негізгі мәзір
nav-roster = Штат тізімі
nav-staff-results = Қызметкерлердің нәтижелері

## Пайдаланушылар: бөлім және рөлдер.
admin-users-column-department = Бөлім
admin-users-column-actions = Әрекеттер
admin-users-department-none = — жоқ —
# $username: рөлдері осы нысан арқылы өзгертілетін тіркелгі
admin-users-roles-of = { $username } пайдаланушысының рөлдері
admin-users-save-roles = Рөлдер мен бөлімді сақтау
user-roles-own-admin = Өзіңізден әкімші рөлін ала алмайсыз; басқа әкімшіге жүгініңіз.
audit-action-staff_changed = қызметкер деректері өзгертілді
audit-action-user_roles_changed = пайдаланушы рөлдері өзгертілді

## Штат тізімінің беттері.
roster-title = Штат тізімі
roster-staff = Қызметкерлер
roster-search = Аты-жөні немесе табель нөмірі
roster-department = Бөлім
roster-grade = Санаты
roster-status = Мәртебесі
roster-all = Барлығы
roster-status-callable = қоңырау шалынады
roster-status-inactive = белсенді емес
roster-status-not-eligible = қоңырау шалынбайды
roster-find = Іздеу
# $count: табылған қызметкерлер саны
roster-found = { $count } қызметкер табылды.
# $count: табылған қызметкерлер саны; $shown: тізімде көрсетілгендер саны
roster-found-first = { $count } қызметкер табылды; алғашқы { $shown } қызметкер көрсетілді: қалғандарын көру үшін іздеу шарттарын нақтылаңыз.
roster-employee-no = Табель нөмірі
roster-name = Аты
roster-job-title = Лауазымы
roster-phone = Телефон
roster-no-staff = Сәйкес келетін қызметкер жоқ.
roster-departments = Бөлімдер және олардың жұмыс уақыты
roster-code = Коды
roster-centre = Орталық
roster-days = Жұмыс күндері
roster-hours = Жұмыс уақыты
roster-lunch = Түскі үзіліс
roster-time-zone = Уақыт белдеуі
roster-no-departments = Әзірге бөлімдер жоқ: төменде бөлімдер файлын жүктеңіз.
roster-centres = Орталықтар
roster-no-centres = Әзірге орталықтар жоқ: олар бөлімдер файлымен бірге қосылады.
roster-upload = Штат тізімінің файлын жүктеу
roster-upload-hint = Электрондық кестеден экспортталған, тақырып жолы бар CSV файлы. Алдымен әр жол тексеріледі: қай да бір жолда қате болса, ештеңе өзгертілмейді, ал қатесі бар барлық жол тізіммен көрсетіледі.
roster-upload-what-legend = Файлдың мазмұны
roster-upload-departments = Бөлімдер (орталықтары мен жұмыс уақытымен)
roster-upload-staff = Қызметкерлер
roster-upload-file = Файл
roster-upload-submit = Тексеру және жүктеу
# $file: файлдың атауы; $count: қатесі бар жолдар саны
roster-upload-refused = { $file } жүктелмеді: { $count } қате табылды. Ештеңе өзгертілмеді.
roster-upload-line = Жол
roster-upload-field = Баған
roster-upload-value = Мәні
roster-upload-problem = Қате
# $file: файлдың атауы
roster-upload-done = { $file } жүктелді: { $created } жазба қосылды, { $updated } жазба өзгертілді, { $unchanged } жазба өзгеріссіз қалды.
# $detail: нені оқу мүмкін болмағаны
roster-upload-unreadable = Жүктелген деректерді оқу мүмкін болмады: { $detail }
roster-upload-no-file = Жүктейтін файлды таңдаңыз.
# $value: жіберілген мән
roster-upload-what = «{ $value }» — бөлімдер де, қызметкерлер де емес.
roster-back = ← Штат тізімі
roster-staff-not-saved = Сақталмады:
roster-staff-details = Мәліметтер
roster-staff-calls = Бағалау қоңыраулары
roster-active = Қазір осында жұмыс істейді (active)
roster-eligible = Бағалау қоңырауларын қабылдай алады (eligible)
roster-reason = Себебі
roster-reason-hint = Қызметкер белсенді емес болса немесе оған қоңырау шалынбаса міндетті, мысалы, ол демалыста болса немесе лауазымы қызмет алушылармен жұмыс істеуге байланысты болмаса.
roster-reason-required = Бұл қызметкерді қоңыраулардан шығару себебін көрсетіңіз.
roster-save = Сақтау
roster-field-name = Аты-жөні
roster-field-department_code = Бөлім
roster-field-grade = Санаты
roster-field-job_title = Лауазымы
roster-field-phone = Телефон
roster-field-exclusion_reason = Себебі
roster-field-active = Белсенді
roster-field-eligible = Бағалауға жатады
roster-staff-saved = Сақталды.

## Бағалау жұмыс орны: кезек және бағалаушының бүгінгі жұмысы.
# $waiting: кезекте күтіп тұрған жазбалар; $mine: осы бағалаушының бүгін жіберген бағалаулары
desk-progress = { $waiting ->
    [one] Бір жазба бағалауды күтуде
   *[other] { $waiting } жазба бағалауды күтуде
  } · бүгін сіз { $mine } жазба бағаладыңыз.
# $zone: орталықтың уақыт белдеуі (мысалы, Asia/Almaty)
callbacks-call-back-at-in = Қайта қоңырау шалу уақыты ({ $zone } уақыты бойынша; кейінірек қоңырау шалуды сұраған жағдайда)
campaign-new-date-hint = Күндер жыл-ай-күн түрінде жазылады, мысалы 2026-12-01.
