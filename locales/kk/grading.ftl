## The graders' desk, grader calibration and the refusals of grading.
## Rubric labels, stage titles, scale levels and guidance come from the call
## script in its own language and are not in this file.

## Score bands (src/grading/scoring.rs Band), shown by value: band-<value>.
band-excellent = өте жақсы
band-good = жақсы
band-needs_improvement = жетілдіруді қажет етеді

## The desk page.

desk-title = Бағалау жұмыс орны
# $id: the task's number
desk-task-number = № { $id } тапсырма
desk-kind-first = бағалау
desk-kind-second = екінші тәуелсіз бағалау
desk-kind-adjudication = шешуші бағалау: екі бағалаушының бағасы сәйкес келмеді
# $seconds: seconds from the first ring to the answer, already formatted; $count: how many rings
desk-answered-after = { $seconds } с өткенде жауап берді ({ $count ->
    [one] { $count } сигнал
   *[other] { $count } сигнал
  })
# $seconds: seconds from the first ring to the answer, already formatted
desk-answered-after-seconds = { $seconds } с өткенде жауап берді
desk-answered-unknown = жауап беру уақыты: —
# $time: a time of day, e.g. 14:05:30
desk-held-until = { $time } дейін сізге бекітілген

desk-recording = Әңгіме жазбасы
desk-play = Ойнату
desk-pause = Кідірту
desk-play-title = Ойнату немесе кідірту (Space)
desk-back = −5 с
desk-back-title = 5 секунд артқа (←)
desk-speed = Жылдамдық
desk-waveform = Дыбыс толқыны: жоғарыда — қоңырау шалушы, төменде — қызметкер
desk-stages = Қоңырау кезеңдері: әр кезеңнің басына өту
desk-keys-hint = Пернелер: Space — ойнату/кідірту · ← — 5 с артқа · 1–5 — белгіленген критерийді бағалау · N — қолданылмайды · ↑/↓ — критерийлер арасында жылжу · [ ] — баяулату/жылдамдату

desk-measured = Өлшенген көрсеткіштер
desk-measured-title = Қоңыраудан автоматты түрде өлшенген
desk-measured-yes = иә
desk-measured-no = жоқ
desk-measured-unknown = белгісіз

desk-critical = аса маңызды
desk-critical-title = Бұл критерий орындалмаса, бүкіл қоңырау сәтсіз деп есептеледі
# $weight: the item's weight in the total
desk-weight = салмағы { $weight }
desk-level-yes = иә
desk-level-no = жоқ
desk-not-applicable = қолданылмайды
desk-item-comment = Түсініктеме (міндетті емес)
desk-call-comment = Бүкіл қоңырауға түсініктеме
desk-submit = Бағаларды жіберу
desk-release-label = Тапсырманы қайтару себебі
desk-release-choose = Қайтару себебін таңдаңыз…
desk-release = Қайтару
desk-submitted = Жіберілді
desk-next-task = Келесі тапсырма

## Why a grader gives a task back (src/grading/desk.rs RELEASE_REASONS):
## desk-release-reason-<the value stored>.
desk-release-reason-bad_audio = дыбыс сапасы нашар
desk-release-reason-wrong_number = қате нөмір
desk-release-reason-not_evaluation_call = бағалау қоңырауы емес
desk-release-reason-knows_person = қызметкерді жеке танимын

## What the desk's script says as the grader works.

# $time: the time of day the draft was saved
desk-draft-saved = Жоба сақталды: { $time }
desk-draft-not-saved = Жоба сақталмады
# $items: the labels of the items still unanswered, separated by semicolons
desk-still-open = Әр критерийге жауап беріңіз немесе рұқсат етілген жерде «қолданылмайды» деп белгілеңіз. Жауапсыз қалғандары: { $items }
desk-not-accepted = Бағалар қабылданбады.
# $total: the call's total out of 100, already formatted; $band: its band, e.g. "excellent"
desk-result = Жалпы балл: { $total } ({ $band }).
# $total: the call's total out of 100, already formatted; $band: its band, e.g. "needs improvement"
desk-result-critical-failed = Жалпы балл: { $total } ({ $band }). Аса маңызды критерий орындалмады.
desk-release-choose-reason = Тапсырманы қайтару себебін таңдаңыз.
desk-release-failed = Тапсырманы қайтару мүмкін болмады.
desk-hold-lost = Бұл тапсырманың сізге бекітілу мерзімі аяқталды. Келесі тапсырманы алыңыз.

## The desk when nothing waits.

desk-empty = Қазір сізді күтіп тұрған қоңырау жоқ. Қоңыраулар шалынған сайын жаңа жазбалар түседі; біраздан кейін қайта тексеріңіз.
desk-check-again = Қайта тексеру

## Grader calibration.

calibration-title = Бағалаушыларды калибрлеу
calibration-agreement = Екі рет бағаланған қоңыраулар бойынша келісімділік
# $count: how many calls were scored by two graders
calibration-double-graded = { $count ->
    [one] { $count } қоңырауды екі бағалаушы бағалады.
   *[other] { $count } қоңырауды екі бағалаушы бағалады.
  }
calibration-figure = Көрсеткіш
calibration-value = Мәні
calibration-calls = Қоңыраулар
calibration-icc = Жалпы балдар: сыныпішілік корреляция коэффициенті ICC(2,1)
calibration-alpha-interval = Жалпы балдар: Криппендорф альфасы (интервалдық)
# $points: how far apart two totals may be, in points
calibration-within-points = Айырмасы { $points } балдан аспайтын жалпы балдар
calibration-script = Сценарий
calibration-item = Критерий
calibration-alpha-ordinal = Альфа (реттік)
calibration-kappa = Салмақталған каппа
calibration-no-double-graded = Екі рет бағаланған қоңыраулар әзірге жоқ.
calibration-graders = Бағалаушылар
calibration-grader = Бағалаушы
calibration-sheets = Бағалау парақтары
calibration-median-time = Бір тапсырмаға кеткен уақыттың медианасы
calibration-leniency = Жұмсақтық
calibration-final-calls = Қорытынды бағаланған қоңыраулар
calibration-adjudications = Шешуші бағалаулар
# $minutes: a number of minutes, already formatted
calibration-minutes = { $minutes } мин
calibration-no-sheets = Бағалау парақтары әзірге жоқ.
calibration-leniency-hint = Жұмсақтық — бағалаушы қойған жалпы балдар мен сол қоңыраулардың қорытынды балдары арасындағы орташа айырма: оң мән бағалаушының қорытынды нәтижеден жоғары баға қоятынын білдіреді.

## Refusals of the desk and its API.

# $id: the task's number
grading-not-found-held-task = № { $id } тапсырма сізге бекітілмеген: ол басқа бағалаушыға тиесілі немесе бекітілу мерзімі аяқталған.
# $id: the task's number
grading-not-found-evaluation = № { $id } тапсырманың бағалауы табылмады.
# $id: the task's number
grading-not-found-audio = № { $id } тапсырманың әңгіме жазбасы табылмады.
# $id: the recording's number
grading-not-found-recording = № { $id } жазба табылмады.
# $id: the recording's number
grading-recording-unsafe-path = № { $id } жазбаның жолы қауіпсіз емес, сондықтан ол берілмейді.
grading-hold-ended = бұл тапсырманың сізге бекітілу мерзімі аяқталды; келесі тапсырманы алыңыз
grading-release-reason-missing = тапсырманы қайтару себебін көрсетіңіз (дыбыс сапасы нашар, қате нөмір …)
grading-draft-too-large = жоба тым үлкен
# $items: the keys of the unanswered items, separated by commas
grading-not-answered = әлі жауап берілмеген: { $items }
# $item: an item's key in the call script
grading-item-not-graded = «{ $item }» критерийін бағалаушы бағаламайды
# $item: an item's key in the call script
grading-item-missing = «{ $item }» критерийіне жауап жоқ; парақтағы әр критерийге балл қойылуы керек (немесе критерий рұқсат етсе, «қолданылмайды» деп белгіленуі керек)
# $item: an item's key in the call script
grading-item-unknown = «{ $item }» критерийі бұл сценарийдің бағалау парағында жоқ
# $item: an item's key in the call script; $value: the value given; $min and $max: the ends of its scale
grading-item-out-of-scale = «{ $item }» критерийі: { $value } мәні шкалада жоқ; { $min }–{ $max } аралығындағы мән беріңіз
# $item: an item's key in the call script
grading-item-na-not-allowed = «{ $item }» критерийін «қолданылмайды» деп белгілеуге болмайды; оған балл қойыңыз
# $item: an item's key in the call script
grading-item-duplicate = «{ $item }» критерийіне бірнеше рет жауап берілген
# $field: the name of the carrier's field
grading-carrier-field-missing = Байланыс операторының жазба туралы хабарламасында { $field } өрісі жоқ.
# $field: the name of the carrier's field; $value: what the carrier sent
grading-carrier-field-not-number = { $field }: «{ $value }» сан емес.
