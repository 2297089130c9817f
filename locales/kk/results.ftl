## HR results: the department view, staff lists and scorecards, star staff,
## training needs, disputes, the printable reports, the charts and the
## CSV/XLSX downloads. Names of people, departments and centres, rubric
## labels and training topics come from the data and the call scripts.

## Periods and filters shared by the results pages.

# $year: a year, e.g. 2026 (written without grouping)
results-period-year = { $year } жыл
# $from, $to: the first and last day of a period, already formatted
results-period-custom = { $from } – { $to }
# $period: the period (e.g. "October 2026"); $from, $to: its first and last day, already formatted
results-period-span = { $period } ({ $from } – { $to })
results-month = Ай
results-show = Көрсету
results-previous = ← Алдыңғы
results-next = Келесі →
results-filter = Сүзу
results-all-centres = Барлық орталықтар
results-all-departments = Барлық бөлімдер
# $from, $to: the days the reader gave, as YYYY-MM-DD
results-period-ends-before-start = Кезеңнің аяқталу күні ({ $to }) басталу күнінен ({ $from }) бұрын.
# $years: the longest period allowed, in years
results-period-too-long = Кезең ұзақтығы { $years ->
    [one] бір жылдан
   *[other] { $years } жылдан
  } аспауы керек.
# $value: what the reader gave as a month
results-month-invalid = «{ $value }» — 2026-10 сияқты ай емес.
# $value: what the reader gave as a year
results-year-invalid = «{ $value }» — 2026 сияқты жыл емес.
results-period-from-and-to = Бірінші және соңғы күнді екеуін де көрсетіңіз немесе екеуін де бос қалдырыңыз.
# $code: the department code the reader gave
results-department-unknown = «{ $code }» бөлімі жоқ.
# $code: the centre code the reader gave
results-centre-unknown = «{ $code }» орталығы жоқ.
# $id: the staff member's number
results-staff-not-found = № { $id } қызметкер табылмады
# $id: the evaluation's number
results-evaluation-not-found = № { $id } қорытынды бағалау табылмады

## Words shared by the results pages.

results-final-evaluations = Қорытынды бағалаулар
results-mean-total = Орташа жалпы балл
results-staff-under = Шекті мәннен төмен қызметкерлер
results-no-evaluations = Бұл кезеңде қорытынды бағалаулар жоқ.
results-nobody-under = Өз науқанының шекті мәнінен төмен қызметкер жоқ.
results-listen = Тыңдау
results-measured = (өлшенген)
results-download-xlsx = XLSX жүктеу
results-download-xlsx-all = XLSX жүктеу (барлық кесте)
# Precedes the list of tables that can be downloaded one by one as CSV.
results-download-csv = CSV:
# $count: how many citizens or evaluations a figure rests on
results-sample-size = n={ $count }
# $text: a citizen's own words
results-quoted = «{ $text }»
results-column-rank = Орын
results-column-department = Бөлім
results-column-centre = Орталық
results-column-evaluations = Бағалаулар
results-column-mean = Орташа
results-column-interval = 95% сенім аралығы
results-column-ranking-score = Рейтингтік балл
results-ranking-score-hint = Деректер неғұрлым аз болса, соғұрлым жалпы орташа мәнге қарай жақындатылған орташа мән
results-column-employee-no = Табель нөмірі
results-column-name = Аты-жөні
results-column-threshold = Шекті мән
results-column-citizens = Қызмет алушылар (1–5)
results-flag-few-calls = қоңыраулар аз

## Who made a score final (the evaluation's score source), shown by value:
## results-score-source-<value>.
results-score-source-single = бір бағалаушы
results-score-source-mean = орташа
results-score-source-adjudicated = шешуші бағалау
results-score-source-auto = автоматты
results-score-source-dispute = шағым бойынша

## The department view.

results-title = Нәтижелер
# $period: the period shown, e.g. "October 2026"
results-heading = Нәтижелер · { $period }
results-nav-staff = Қызметкерлер
results-nav-stars = Айдың үздік қызметкерлері
results-nav-training = Оқыту қажеттілігі
results-nav-disputes = Бағаға шағымдар
results-nav-report = Басып шығаруға арналған айлық есеп
results-nav-label = Нәтижелердің басқа бөлімдері
# $year: the year of the summary (written without grouping)
results-year-end-xlsx = { $year } жылдың қорытынды жиынтығы (XLSX)
results-departments-heading = Бөлімдер
results-departments-explained = Бөлімдер шағын іріктемеге артықшылық бермейтін балл бойынша реттелген: деректер неғұрлым аз болса, орташа мән соғұрлым жалпы орташа мәнге қарай жақындатылады. Әр орташа мәннің жанындағы 95% сенім аралығы оның қаншалықты сенімді екенін көрсетеді.
results-centres-heading = Орталықтар
results-spread-heading = Балдардың таралуы
results-under-heading = Өз науқанының шекті мәнінен төмен қызметкерлер

## The staff list.

results-staff-title = Қызметкерлердің нәтижелері
# $period: the period shown
results-staff-heading = Қызметкерлердің нәтижелері · { $period }

## A staff member's scorecard and its printable form (also the year-end summary).

# $name: the staff member's name
scorecard-title = { $name } · бағалау картасы
scorecard-printable = Басып шығаруға арналған бағалау картасы
# $year: the year of the summary (written without grouping)
scorecard-year-end = { $year } жылдың қорытынды жиынтығы
# $name: the staff member's name; $period: the period
scorecard-print-title = Бағалау картасы · { $name } · { $period }
# $name: the staff member's name; $period: the year
scorecard-print-title-year = Жылдың қорытынды жиынтығы · { $name } · { $period }
# $period: the period of the scorecard
scorecard-print-heading = Телефон арқылы сөйлесу мәдениеті: бағалау картасы · { $period }
scorecard-evaluation-calls = Бағалау қоңыраулары
scorecard-answered-by-person = Адам жауап берді
scorecard-median-latency = Жауап беру уақытының медианасы
# $seconds: a number of seconds, already formatted
scorecard-seconds = { $seconds } с
scorecard-threshold = Шекті мән («жақсы»)
scorecard-citizens-about-them = Қызмет алушылардың бағасы
# Follows the mean rating. $rated: citizens who rated the staff member; $reached: citizens reached
scorecard-citizens-rated = / 5, байланыс орнаған { $reached } адамның ішінен { $rated } адам бағалады
scorecard-rings-heading = Жауап бергенге дейінгі қоңырау сигналдарының саны
# A call nobody answered whose outcome is not known.
scorecard-connection-unknown = белгісіз
scorecard-trend-heading = Динамика
scorecard-stages-heading = Кезеңдер
scorecard-items-heading = Критерийлер
scorecard-column-stage = Кезең
scorecard-column-item = Критерий
scorecard-column-topic = Оқыту тақырыбы
scorecard-column-score = Балл
scorecard-falls-short = шекті мәннен төмен
scorecard-no-items = Бұл кезеңде бағаланған критерийлер жоқ.
scorecard-graders-heading = Бағалаушылардың түсініктемелері
# $date: the day of the call; $item: the rubric item; $text: the grader's comment
scorecard-comment-on-item = { $date } · { $item }: { $text }
# $date: the day of the call; $text: the grader's comment on the whole call
scorecard-comment = { $date }: { $text }
scorecard-no-comments = Түсініктемелер жоқ.
scorecard-citizens-heading = Қызмет алушылардың пікірлері
# $service: the service used; $rating: the citizen's rating of the staff member (1-5); $text: their words
scorecard-citizen-rated = { $service } · { $rating }/5: «{ $text }»
# $service: the service used; $text: the citizen's words
scorecard-citizen = { $service }: «{ $text }»
scorecard-no-citizens = Кері қоңыраулардан түскен пікірлер жоқ.
scorecard-evaluations-heading = Бағалаулар
scorecard-column-date = Күні
scorecard-column-script = Сценарий
scorecard-column-connection = Байланыс
scorecard-column-rings = Дабыл саны
scorecard-column-total = Жалпы балл
scorecard-column-band = Деңгей
scorecard-column-source = Балл көзі
scorecard-column-dispute = Шағым
# $version: the number of the score's version
scorecard-version = ({ $version }-нұсқа)
scorecard-locked = бұғатталған
scorecard-details = Толығырақ
scorecard-details-or-dispute = Толығырақ · шағым

## Star staff of the month.

stars-title = Айдың үздік қызметкерлері
# $period: the month shown
stars-heading = Айдың үздік қызметкерлері · { $period }
# $min: the fewest final evaluations a star needs; $probability: the chance of lying above the median a star needs, as a percentage
stars-explained = Әр орталық бойынша осы айда кемінде { $min } қорытынды бағалауы бар және орталық қызметкерлерінің медианасынан кемінде { $probability } ықтималдықпен жоғары тұрған қызметкерлер рейтингтік балл ретімен (деректер неғұрлым аз болса, соғұрлым орталықтың жалпы орташа мәніне қарай жақындатылған орташа мән). Балл бірдей болса, кері қоңыраулар кезінде қызмет алушылардың қызметкердің қарым-қатынасына қанағаттануы шешеді; одан кейін де тең болса, тең орын ретінде көрсетіледі.
stars-no-centre = Әзірге бірде-бір орталықта қызметкер жоқ.
# $score: the ranking score, already formatted
stars-score = балы { $score }
# $mean: the plain mean; $evaluations: how many evaluations, as evaluations-count writes it; $interval: the 95% interval
stars-mean-over = орташа { $mean } ({ $evaluations }), { $interval }
# $rating: citizens' mean rating of the staff member (1-5), already formatted
stars-citizens = қызмет алушылар { $rating }/5
# $names: the others with the same score and satisfaction, separated by commas
stars-tied-with = тең орында: { $names }
stars-decided-by-satisfaction = балл бірдей: орын қызмет алушылардың қанағаттануы бойынша анықталды
# $evaluations: how many evaluations, as evaluations-count writes it
stars-thin-data = деректер аз: { $evaluations }
# $items: the star's best items, each as stars-best-item writes it, separated by semicolons
stars-best-at = Үздік критерийлері: { $items }
# $item: a rubric item; $score: the star's score on it (0-100)
stars-best-item = { $item } ({ $score })
# $min: the fewest final evaluations a star needs
stars-nobody-eligible = Осы айда ешкімде { $min } немесе одан көп қорытынды бағалау жоқ.
# $min: the fewest final evaluations a star needs; $people: those with fewer, each as stars-below-minimum-person writes it
stars-below-minimum = Әзірге рейтингке қосылмайды ({ $min } қорытынды бағалаудан аз): { $people }
# $name: a staff member; $count: their final evaluations; $mean: their mean total
stars-below-minimum-person = { $name } ({ $count }, орташа { $mean })

## Training needs.

training-title = Оқыту қажеттілігі
# $period: the period shown
training-heading = Оқыту қажеттілігі · { $period }
training-topics-heading = Кімге қандай тақырып бойынша оқыту қажет
training-column-topic = Тақырып
training-column-who = Кімге
training-column-staff = Қызметкерлер
# The topic of rubric items whose script names none.
training-topic-other = басқа
training-topic-answering = қоңырауға жауап беру
training-topic-listening = тыңдай білу
training-topic-accuracy = ақпараттың дәлдігі
training-topic-transfers = қоңырауды басқа маманға қосу
training-topic-courtesy = сыпайылық
training-topic-closing = әңгімені аяқтау
training-topic-attitude = қызмет алушыға қарым-қатынас
training-topic-process = қызмет көрсету тәртібі
training-nobody = ешкім
training-matrix-heading = Қызметкер × критерий
training-matrix-explained = Әр ұяшық — қызметкердің осы критерий бойынша орташа балы (0–100); белгіленген ұяшықтар науқанның шекті мәнінен төмен.
training-falls-short = шекті мәннен төмен
training-examples-heading = Үздік тәжірибе: әр критерий бойынша ең жоғары бағаланған жазбалар
# $item: the recording's score on the item (0-100); $total: its total score
training-example-scores = критерий { $item } · жалпы { $total }
training-shared = ортақ
training-stop-sharing = Ортақ пайдалануды тоқтату
training-mark-for-sharing = Ортақ пайдалануға белгілеу
training-no-recording = Бағаланған жазба әлі жоқ.

## Disputes of a final score.

## The states of a dispute, shown by value: dispute-state-<value>.
dispute-state-open = қаралуда
dispute-state-accepted = қанағаттандырылды
dispute-state-partly_accepted = ішінара қанағаттандырылды
dispute-state-rejected = қабылданбады

disputes-title = Бағаға шағымдар
disputes-state-all = барлығы
disputes-download-csv = CSV
disputes-figure-open = Қаралуда
disputes-figure-accepted = Қанағаттандырылды
disputes-figure-partly-accepted = Ішінара қанағаттандырылды
disputes-figure-rejected = Қабылданбады
disputes-figure-median-time = Қарау уақытының медианасы
# $hours: a number of hours, already formatted
disputes-hours = { $hours } сағ
disputes-column-number = №
disputes-column-call-date = Қоңырау күні
disputes-column-staff = Қызметкер
disputes-column-items = Критерийлер
disputes-column-why = Себебі
disputes-column-raised-by = Шағым берген
disputes-column-state = Күйі
disputes-column-resolution = Шешім
disputes-column-hours = Сағат
disputes-review = Қарау
disputes-open-link = Ашу
disputes-none = Шағымдар жоқ.

## An evaluation's page: its items, its score history, its disputes.

# $id: the evaluation's number
disputes-evaluation-title = № { $id } бағалау
# $source: who made the score final (results-score-source-*); $version: the score's version
disputes-score-version = { $source }, { $version }-нұсқа
disputes-recording = Жазба
disputes-items-heading = Критерийлер (ағымдағы нұсқа)
# Short for "not applicable", in a table cell.
disputes-not-applicable-short = қолданылмайды
disputes-history-heading = Балл тарихы
disputes-column-version = Нұсқа
disputes-column-source = Көзі
disputes-column-by = Кім
disputes-column-when = Уақыты
# $id: the dispute's number
disputes-number = № { $id }
# $name: who raised the dispute; $items: the disputed items, separated by commas
disputes-raised-by = шағым берген: { $name }; критерийлер: { $items }
# $name: who resolved it; $text: their resolution
disputes-resolution-by = Шешім ({ $name }): { $text }
# $item: a rubric item
disputes-new-score-for = Жаңа балл: { $item }
disputes-score-unchanged = өзгеріссіз
disputes-not-applicable = қолданылмайды
# The two levels of a yes/no rubric item.
disputes-level-yes = иә
disputes-level-no = жоқ
disputes-accept = Осы балдармен қанағаттандыру
disputes-reject = Қабылдамау
disputes-resolve-explained = Шағымдалған әр критерийге жаңа балл қойылса, шағым қанағаттандырылады; кейбіреуіне ғана қойылса — ішінара қанағаттандырылады. Екі жағдайда да шешім шығарылғаннан кейін бағалау бұғатталады.
disputes-none-on-evaluation = Шағым жоқ.
disputes-raise-heading = Бұл балға шағым беру
# $days: how many days after the score became final it can be disputed
disputes-raise-explained = Балл қорытынды болғаннан кейін { $days } күн ішінде беріледі. Критерийлерді көрсетіп, себебін жазыңыз.
disputes-disputed-items = Шағымдалған критерийлер
disputes-raise = Шағым беру
disputes-closed-locked = Шағым беру мүмкін емес: ол бойынша шағым қаралып, бағалау бұғатталған.
disputes-closed-not-final = Шағым беру мүмкін емес: балл әлі қорытынды емес.
# $days: the length of the dispute window in days
disputes-closed-window = Шағым беру мүмкін емес: балл қорытынды болғаннан кейінгі { $days } күндік мерзім өтіп кеткен.

## Refusals when raising or resolving a dispute.

# $evaluation: the evaluation's number
disputes-refused-locked = № { $evaluation } бағалауға шағым беру мүмкін емес: ол бойынша шағым қаралып, бағалау бұғатталған.
# $evaluation: the evaluation's number
disputes-refused-not-final = № { $evaluation } бағалауға шағым беру мүмкін емес: оның балы әлі қорытынды емес.
# $evaluation: the evaluation's number; $days: the length of the dispute window in days
disputes-refused-window = № { $evaluation } бағалауға шағым беру мүмкін емес: балл қорытынды болғаннан кейінгі { $days } күндік мерзім өтіп кеткен.
disputes-comment-missing = Балға не себепті шағым берілетінін жазыңыз.
disputes-items-missing = Кемінде бір шағымдалған критерийді көрсетіңіз.
# $item: the item key given; $script: the call script's code
disputes-item-unknown = «{ $item }» — { $script } сценарийінің критерийі емес.
# $evaluation: the evaluation's number
disputes-already-open = № { $evaluation } бағалау бойынша қаралып жатқан шағым бар.
# $id: the dispute's number; $state: its state (accepted, partly_accepted or rejected)
disputes-already-resolved = № { $id } шағым бұрын { $state ->
    [accepted] қанағаттандырылған
    [partly_accepted] ішінара қанағаттандырылған
   *[rejected] қабылданбаған
  }.
disputes-reviewer-raised-it = Шағымды оны берген адам емес, басқа адам қарайды.
disputes-resolution-missing = Шағым қалай шешілгенін және себебін жазыңыз.
disputes-rejected-changes-no-score = Қабылданбаған шағым ешбір балды өзгертпейді.
disputes-score-not-disputed = Жаңа балл тек шағымдалған критерийлерге қойылады.
disputes-score-not-an-item = Бұл сценарийдің критерийі емес.
disputes-score-na-not-allowed = Бұл критерийді «қолданылмайды» деп белгілеуге болмайды.
# $value: what was given as the item's new score
disputes-score-not-a-level = { $value } — критерий шкаласының деңгейі емес.
# $level: the level given; $min, $max: the lowest and highest level of the item's scale
disputes-score-off-scale = { $level } шкалада жоқ ({ $min }–{ $max }).
disputes-score-none-given = Кемінде бір шағымдалған критерийдің жаңа балын көрсетіңіз немесе шағымды қабылдамаңыз.
# $value: the decision given
disputes-decision-invalid = «{ $value }»: қанағаттандыру (accept) немесе қабылдамау (reject) шешімін таңдаңыз.
# $id: the dispute's number
disputes-resolved-meanwhile = Осы уақытта № { $id } шағымды басқа адам шешіп қойды.
# $id: the dispute's number
disputes-not-found = № { $id } шағым табылмады

## The printable monthly report (and what the printable scorecard shares with it).

# $period: the month of the report
report-heading = Телефон арқылы сөйлесу мәдениеті · айлық есеп · { $period }
# $from, $to: the first and last day of the report, already formatted
report-days = { $from } – { $to }
report-final-scores-only = тек қорытынды балдар
# Before the time the report was prepared.
report-prepared = дайындалған уақыты:
report-print = Басып шығару
report-disputes-raised = Берілген шағымдар
# $count: how many of the disputes are still open
report-disputes-open = ({ $count } қаралуда)
report-stars-heading = Айдың үздік қызметкерлері
report-training-heading = Тақырыптар бойынша оқыту қажеттілігі
report-column-people = Қызметкерлер

## The charts: titles, series and text alternatives.

chart-trend-title = Айлар бойынша орташа жалпы балл (бағалау болмаған айлар бос қалдырылған)
chart-trend-mean = Орташа жалпы балл
chart-trend-threshold = Шекті мән («жақсы»)
# $months: each month with evaluations, as chart-trend-alt-month writes it, separated by semicolons
chart-trend-alt = Айлар бойынша орташа жалпы балл: { $months }
# $month: a month, e.g. "October 2026"; $mean: the mean total, already formatted; $count: how many evaluations
chart-trend-alt-month = { $month }: { $mean } (n={ $count })
chart-distribution-title = Қорытынды жалпы балдар, он балдық аралықтар бойынша
chart-distribution-evaluations = Бағалаулар
# $bins: each bin, as chart-distribution-alt-bin writes it, separated by semicolons
chart-distribution-alt = Қорытынды жалпы балдар, аралықтар бойынша: { $bins }
# $bin: a range of totals, e.g. 80–89; $count: how many final totals fall in it
chart-distribution-alt-bin = { $bin }: { $count }
chart-departments-title = Бөлімдер: рейтингтік балл және қарапайым орташа
chart-departments-ranking-score = Рейтингтік балл (түзетілген)
chart-departments-plain-mean = Қарапайым орташа
# $name: a department; $count: its final evaluations
chart-departments-label = { $name } (n={ $count })
# $departments: each department, as chart-departments-alt-department writes it, separated by semicolons
chart-departments-alt = Бөлімдер, рейтингтік балл: { $departments }
# $name: a department; $score: its ranking score; $mean: its plain mean (both formatted); $count: its final evaluations
chart-departments-alt-department = { $name } { $score } (орташа { $mean }, n={ $count })

## Downloads (CSV and XLSX): sheet names, column headings and the words in cells.
## Sheet names are cut to 31 characters.

export-sheet-departments = бөлімдер
export-sheet-centres = орталықтар
export-sheet-under-threshold = шекті мәннен төмен
export-sheet-distribution = таралу
export-sheet-staff = қызметкерлер
export-sheet-year-end-summary = жылдық жиынтық
export-sheet-summary = жиынтық
export-sheet-rings = қоңырау сигналдары
export-sheet-stages = кезеңдер
export-sheet-items = критерийлер
export-sheet-trend = динамика
export-sheet-evaluations = бағалаулар
export-sheet-graders-comments = бағалаушы түсініктемелері
export-sheet-citizens = қызмет алушылар
# $centre: the centre's name
export-sheet-stars = үздіктер { $centre }
# $centre: the centre's name
export-sheet-below-minimum = минимумнан аз { $centre }
export-sheet-matrix = матрица
export-sheet-topics = тақырыптар
export-sheet-examples = үлгілер
export-sheet-disputes = шағымдар

export-column-rank = орын
export-column-department = бөлім
export-column-centre = орталық
export-column-evaluations = бағалаулар
export-column-mean = орташа
export-column-ci95-low = ci95 төменгі
export-column-ci95-high = ci95 жоғарғы
export-column-ranking-score = рейтингтік балл
export-column-employee-no = табель нөмірі
export-column-name = аты жөні
export-column-threshold = шекті мән
export-column-total = жалпы балл
export-column-grade = санаты
export-column-job-title = лауазымы
export-column-calls = қоңыраулар
export-column-answered-by-person = адам жауап берді
export-column-citizens-rating = қызмет алушылар бағасы
export-column-satisfaction-staff = қарым қатынасқа қанағаттану
export-column-figure = көрсеткіш
export-column-value = мәні
export-column-rings-before-answer = жауапқа дейінгі қоңырау сигналдарының саны
export-column-stage = кезең
export-column-item = критерий
export-column-label = атауы
export-column-training-topic = оқыту тақырыбы
export-column-score = балл
export-column-short = шекті мәннен төмен
export-column-month = ай
export-column-evaluation = бағалау
export-column-call = қоңырау
export-column-date = күні
export-column-script = сценарий
export-column-connection = байланыс
export-column-rings = қоңырау сигналдарының саны
export-column-band = деңгей
export-column-source = балл көзі
export-column-version = нұсқа
export-column-dispute = шағым
export-column-comment = түсініктеме
export-column-callback = кері қоңырау
export-column-service = қызмет
export-column-place = орын
export-column-ratings = бағалар саны
export-column-tied-with = тең орындағылар
export-column-decided-by-satisfaction = қанағаттану бойынша анықталды
export-column-best-items = үздік критерийлер
export-column-citizens-words = қызмет алушылар пікірі
export-column-items-short = төмен критерийлер
export-column-topic = тақырып
export-column-items = критерийлер
export-column-staff = қызметкерлер
export-column-item-score = критерий балы
export-column-shared = ортақ
export-column-call-date = қоңырау күні
export-column-raised-by = шағым берген
export-column-state = күйі
export-column-reviewed-by = қараған
export-column-resolution = шешім
export-column-resolution-hours = қарау сағаты

## The rows of a scorecard's summary sheet.
export-figure-period = кезең
export-figure-calls-placed = шалынған қоңыраулар
export-figure-answered-by-person = адам жауап берген қоңыраулар
export-figure-share-answered = жауап берілген қоңыраулар үлесі
export-figure-median-latency = жауап беру уақытының медианасы (с)
export-figure-final-evaluations = қорытынды бағалаулар
export-figure-mean-total = орташа жалпы балл
export-figure-ci95-low = ci95 төменгі шегі
export-figure-ci95-high = ci95 жоғарғы шегі
export-figure-threshold = шекті мән («жақсы»)
export-figure-citizens-reached = кері қоңырау арқылы байланыс орнаған қызмет алушылар
export-figure-satisfaction-staff = қарым-қатынасқа қанағаттану (1-5)

export-yes = иә
# $connection: how a call no person answered ended (no answer, busy, …)
export-not-answered = жауап берілмеді: { $connection }
# $score: a staff member's score on an item, under the threshold
export-score-short = { $score } (шекті мәннен төмен)
# $item: a rubric item; $score: the star's score on it (0-100)
export-best-item = { $item } ({ $score })
# $value: the format asked for
export-format-invalid = «{ $value }»: xlsx немесе csv форматын таңдаңыз.
# $value: the view asked for
export-view-invalid = «{ $value }»: departments, staff, year, stars немесе training мәнін таңдаңыз.
# $table: the table asked for; $tables: the tables there are, separated by commas
export-table-unknown = «{ $table }» кестесі жоқ; бар кестелер: { $tables }.
# $table: the table's name; $rows: how many rows it has; $max: how many rows a spreadsheet holds
export-too-many-rows = «{ $table }» кестесінде { $rows } жол бар, бұл электрондық кесте сыйғызатын шектен ({ $max }) көп; оны CSV түрінде жүктеңіз.

## Evidence behind ranks and flags: rank intervals, and flags only where the data show a difference.

# $low, $high: the ends of a 95% rank interval; $count: how many are ranked
results-rank-range = { $count } ішінен { $low }–{ $high }
# $rank: a rank the data pin down exactly; $count: how many are ranked
results-rank-exact = { $count } ішінен { $rank }
results-rank-hint = Орынның 95% аралығы: деректер көрсететін шамада нақты орын осы аралықта жатыр
results-rank-explained = Орындар 95% аралықпен көрсетілген. Екі аралық қиылысса, бұл деректер оларды ажырата алмайды: оларды тең орын деп оқыңыз.
results-column-chance-below-mean = Орташадан төмен болу ықтималдығы
results-column-chance-below-threshold = Шекті мәннен төмен болу ықтималдығы
results-flagged = Түзету оқуына жіберілгендер
# $probability: the chance a flag needs, as a percentage
results-flagged-hint = (тек дәлел болғанда: жалпы орташадан төмен болу ықтималдығы кемінде { $probability })
results-flag-training = түзету оқуы қажет
results-no-differences-departments = Бұл кезеңнің деректері бөлімдер арасындағы айырмашылықты көрсетпейді; ешкім белгіленбеді.
results-no-differences-centres = Бұл кезеңнің деректері орталықтар арасындағы айырмашылықты көрсетпейді; ешкім белгіленбеді.
# $probability: the chance a flag needs, as a percentage
results-differences-departments = Бұл кезеңнің деректері бөлімдер арасындағы айырмашылықты көрсетеді. Бөлім жалпы орташадан төмен болу ықтималдығы кемінде { $probability } болғанда ғана белгіленеді.
# $probability: the chance a flag needs, as a percentage
results-differences-centres = Бұл кезеңнің деректері орталықтар арасындағы айырмашылықты көрсетеді. Орталық жалпы орташадан төмен болу ықтималдығы кемінде { $probability } болғанда ғана белгіленеді.
# $probability: the chance a listing needs, as a percentage
results-under-explained = Қызметкер тізімге деректер оның нақты балы шекті мәннен төмен екенін кемінде { $probability } ықтималдықпен көрсеткенде ғана енгізіледі.
results-methods-link = Бұл көрсеткіштер қалай есептеледі
# $rank: the star's rank interval, as results-rank-range writes it; $probability: their chance of lying above the median, as a percentage
stars-rank = орны { $rank }, медианадан жоғары болу ықтималдығы { $probability }
# $probability: the chance a star needs, as a percentage
stars-no-clear-stars = Бұл айда айқын үздік қызметкерлер жоқ: бағалауы жеткілікті қызметкерлердің ешқайсысы орталық қызметкерлерінің медианасынан кемінде { $probability } ықтималдықпен жоғары емес.
export-column-flag = белгі
export-flag-training = түзету оқуы
export-column-rank-low = орын аралығының басы
export-column-rank-high = орын аралығының соңы
export-column-chance-below-mean = орташадан төмен болу ықтималдығы
export-column-chance-below-threshold = шекті мәннен төмен болу ықтималдығы
export-column-chance-above-median = медианадан жоғары болу ықтималдығы
