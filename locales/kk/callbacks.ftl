## Customer-care callbacks: the hotline operators' desk, the daily draw,
## service visits coming in, and the synthesis for leadership.

## The operators' desk: today's callbacks.

callbacks-page-title = Кері қоңыраулар
callbacks-today-heading = Бүгінгі кері қоңыраулар
callbacks-notice-saved = Нәтиже сақталды.
callbacks-notice-saved-nothing-due = Нәтиже сақталды. Қазір кезегі келген басқа кері қоңырау жоқ.
callbacks-notice-nothing-due = Қазір кезегі келген кері қоңырау жоқ.
callbacks-notice-not-available = Бұл кері қоңырауды қазір сіз ала алмайсыз.
callbacks-no-line = Тіркелгіңізде телефон нөмірі жоқ, сондықтан жүйе арқылы қоңырау шалғанда сізге қоңырау түспейді. Басқа тәсілмен шалынған қоңырауларды тіркей аласыз.
# $hours: the calling hours, e.g. "Monday–Friday 08:00–11:00 (Asia/Ho_Chi_Minh)"
callbacks-hours = Қоңырау шалу уақыты: { $hours }.
# $hours: the calling hours, e.g. "Monday–Friday 08:00–11:00 (Asia/Ho_Chi_Minh)"
callbacks-hours-closed = Қоңырау шалу уақыты: { $hours } — қазір қоңырау шалынбайды.
# $hours: the calling hours; $when: the date and time calls resume, in the centre's time zone
callbacks-hours-closed-until = Қоңырау шалу уақыты: { $hours } — қазір қоңырау шалынбайды; қоңыраулар қайта басталатын уақыт: { $when }.
# $days: the calling days (a range or a list of weekdays); $start, $end: times of day (08:00); $zone: the centre's time zone, e.g. Asia/Almaty
callbacks-hours-description = { $days } { $start }–{ $end } ({ $zone })
# $first, $last: the first and last weekday of a run of calling days
callbacks-hours-day-range = { $first }–{ $last }
# Shown on the operator desk of the demo (serve --demo) only, whose centre may call citizens at any hour; real centres never call before 08:00 or after 21:00
callbacks-hours-demo = Демо: кері қоңырауларды тәуліктің кез келген уақытында шалуға болатындай қоңырау шалу уақыты кеңейтілді.
callbacks-take-next = Келесі кері қоңырауды алу
callbacks-column-number = №
callbacks-column-service = Қызмет
callbacks-column-visited = Жүгінген уақыты
callbacks-column-served-by = Қызмет көрсеткен
callbacks-column-phone = Нөмір
callbacks-column-state = Күйі
callbacks-column-attempts = Әрекеттер
callbacks-column-next-try = Келесі әрекет
callbacks-taken = (алынған)
callbacks-continue = Жалғастыру
callbacks-take = Алу
callbacks-none-today = Бүгін кері қоңыраулар жоқ.

## What became of a callback (callbacks.state), shown by value: callbacks-state-<value>.
callbacks-state-open = қоңырау шалу керек
callbacks-state-closed = аяқталды
callbacks-state-unreachable = хабарласу мүмкін болмады

## The outcome of an attempt (callbacks.outcome and callback_attempts.outcome), shown by value: outcome-<value>.
outcome-reached = Байланыс орнады
outcome-no_answer = Жауап жоқ
outcome-busy = Бос емес
outcome-wrong_number = Қате нөмір
outcome-refused = Сөйлесуден бас тартты
outcome-call_later = Кейінірек қоңырау шалуды сұрады
outcome-never_call = Енді қоңырау шалмауды сұрады
outcome-do_not_call = Қоңырау шалуға болмайтындар тізімінде

## How an attempt was made (callback_attempts.method), shown by value: callbacks-method-<value>.
callbacks-method-bridged = жүйе арқылы қоңырау
callbacks-method-other = басқа тәсілмен

## How the citizen came to the centre (service_visits.channel), shown by value: visits-channel-<value>.
visits-channel-counter = орталыққа келіп
visits-channel-phone = телефон арқылы
visits-channel-online = онлайн

## Categories of what citizens said (callbacks.category), shown by value: comment-category-<value>.
comment-category-praise = Алғыс
comment-category-complaint = Шағым
comment-category-suggestion = Ұсыныс
comment-category-question = Сұрақ
comment-category-process = Қызмет көрсету тәртібі
comment-category-other = Басқа
comment-category-uncategorised = Санаты жоқ

## One callback, held by the operator.

# $id: the callback's number
callbacks-callback-title = № { $id } кері қоңырау
callbacks-notice-saved-next = Соңғы нәтиже сақталды; келесі кері қоңырау ашылды.
callbacks-notice-ringing = Телефоныңызға қоңырау түсіп жатыр; жауап берсеңіз, қызмет алушымен байланыстырыласыз.
callbacks-notice-cannot-call = Қазір қоңырау шалу мүмкін болмады (қоңырау шалу уақыты емес, тіркелгіңізде нөмір жоқ немесе қызмет алушы қоңырау шалмауды сұраған).
callbacks-visit = Жүгіну
callbacks-citizen = Қызмет алушы
callbacks-number = Нөмір
callbacks-no-number = нөмір қалмады
callbacks-service = Қызмет
callbacks-visited = Жүгінген уақыты
# $when: the date and time of the visit; $channel: how the citizen came (at the counter, by phone, online); $centre: the centre's name
callbacks-visited-detail = { $when } ({ $channel }), { $centre }
callbacks-served-by = Қызмет көрсеткен
callbacks-earlier-attempts = Бұрынғы әрекеттер
# $when: the date and time of the attempt; $outcome: its outcome; $method: how it was made (bridged call, by other means)
callbacks-attempt-line = { $when } — { $outcome } ({ $method })
callbacks-no-attempts = Әзірге жоқ.
callbacks-call-button = Қоңырау шалу (алдымен сіздің телефоныңызға, содан кейін қызмет алушыға)
callbacks-outside-hours-hint = Бұл орталық үшін қазір қоңырау шалу уақыты емес: басқа тәсілмен жасалған әрекетті тіркей аласыз немесе қоңырау шалу уақытында қайта оралыңыз.
callbacks-refresh = Жаңарту
callbacks-script = Қоңырау сценарийі
callbacks-script-read-first = Алдымен оқып беріңіз:
callbacks-script-listen = тыңдау

## How a bridged call is going, on the callback page and updated as it goes.

# $id: the call's number; $state: how far the call is (a call state, in the reader's language)
callbacks-call-progress = № { $id } жүйе арқылы қоңырау: { $state }.
# $id: the call's number; $state: how far the call is; $connection: how it connected (person, voicemail…)
callbacks-call-progress-connected = № { $id } жүйе арқылы қоңырау: { $state }, { $connection }.
# $id: the call's number; $state: how far the call is; $seconds: how long it lasted, a formatted number
callbacks-call-progress-timed = № { $id } жүйе арқылы қоңырау: { $state } ({ $seconds } с).
# $id: the call's number; $state: how far the call is; $connection: how it connected; $seconds: how long it lasted, a formatted number
callbacks-call-progress-connected-timed = № { $id } жүйе арқылы қоңырау: { $state }, { $connection } ({ $seconds } с).

## The state of a bridged call's recording (recordings.state), shown by value: callbacks-recording-<value>.
callbacks-recording-pending = Жазба жүктелуде.
callbacks-recording-available = Қоңырау жазылды.
callbacks-recording-corrupt = Жазба бүлінген күйде келді.
callbacks-recording-failed = Жазбаны алу мүмкін болмады.
callbacks-recording-purged = Жазба сақтау мерзімі өткеннен кейін жойылды.

## The outcome form.

callbacks-outcome = Нәтиже
callbacks-outcome-question = Қоңырау нәтижесі қандай?
callbacks-satisfaction-legend = Қанағаттану деңгейі: 1 (мүлдем қанағаттанбады) – 5 (толық қанағаттанды), байланыс орнаса
callbacks-satisfaction-staff = Қызметкердің қарым-қатынасы
callbacks-satisfaction-process = Қызмет көрсету тәртібі
callbacks-satisfaction-overall = Жалпы
callbacks-comments = Пікірлер
callbacks-questions = Сұрақтар
callbacks-suggestions = Ұсыныстар
callbacks-category = Санат
callbacks-follow-up-needed = Қосымша шара қажет
callbacks-follow-up-by = Жауапты
callbacks-save-and-next = Сақтап, келесісін алу
callbacks-save-outcome = Нәтижені сақтау

## Refusals at the desk.

# $id: the callback's number
callbacks-not-held = № { $id } кері қоңырау қазір сізге бекітілмеген.
# $id: the callback's number
callbacks-not-available = № { $id } кері қоңыраудың кезегі келмеген, оны сіз ала алмайсыз немесе оны басқа қызметкер алған.
# $id: the callback's number
callbacks-no-bridged-call = № { $id } кері қоңырау бойынша жүйе арқылы қоңырау әлі шалынбаған.
# $id: the callback's number
callbacks-not-found = № { $id } кері қоңырау жоқ.
callbacks-satisfaction-range = 1 (мүлдем қанағаттанбады) мен 5 (толық қанағаттанды) аралығында баға беріңіз.
callbacks-satisfaction-only-reached = Қанағаттану деңгейін тек байланыс орнаған қызмет алушы ғана бағалай алады.
callbacks-call-back-at-required = Қызмет алушы қашан қоңырау шалуды сұрағанын көрсетіңіз.
callbacks-call-back-at-invalid = Қайта қоңырау шалатын күн мен уақытты көрсетіңіз.
# $categories: the category codes the API accepts, e.g. "praise, complaint, suggestion"
callbacks-invalid-category = Мына санаттардың бірін пайдаланыңыз: { $categories }.
callbacks-follow-up-by-required = Кім жауапты екенін көрсетіңіз.
callbacks-outside-calling-hours = Бұл орталық үшін қазір қоңырау шалу уақыты емес; кері қоңырау келесі қоңырау шалу уақытына дейін күтеді.
callbacks-no-operator-line = Тіркелгіңізде қоңырау түсетін телефон нөмірі жоқ; әкімшіден оны қосуды сұраңыз.
callbacks-no-citizen-number = Қызмет алушы нөмірін қалдырмаған; оның орнына нәтижені тіркеңіз.
callbacks-citizen-do-not-call = Қызмет алушы оған ешқашан қоңырау шалмауды сұраған.

## The daily draw and the settings it runs on.

# $centre: the centre code asked for
callbacks-no-centre = «{ $centre }» орталығы жоқ.
# $centre: the centre code; $day: the day, as the reader writes dates
callbacks-no-draw = { $centre } орталығында { $day } күнге арналған іріктеу жоқ.
# $value: the setting as written
callbacks-setting-stratify-invalid = «{ $value }» — іріктеуді топтау тәсілі емес: none, department немесе service мәнін пайдаланыңыз.
# $value: the setting as written
callbacks-setting-draw-at-invalid = «{ $value }» — 08:30 сияқты уақыт емес.
# $value: the setting as written
callbacks-setting-days-invalid = «{ $value }» — mon-fri немесе mon,wed,fri сияқты қоңырау шалу күндерінің тізімі емес.
# $value: the setting as written
callbacks-setting-time-invalid = «{ $value }» — СС:ММ түріндегі уақыт емес (мысалы, 09:00).
# $centre: the centre code; $earliest, $latest: the earliest and latest a citizen is ever called (08:00, 21:00)
callbacks-setting-no-time = { $centre } орталығының қоңырау шалу уақыты { $earliest }–{ $latest } аралығында қоңырау шалуға уақыт қалдырмайды.

## Service visits coming in (CSV file or JSON list). Each problem names its
## line (in a file) or position (in a list) and its field apart from the message.

visits-send-csv = Файлды text/csv түрінде жіберіңіз.
# $source: the file's name; $count: how many problems were found
visits-import-rejected = { $source }: ештеңе импортталмады; { $count ->
    [one] { $count } қате
   *[other] { $count } қате
  } табылды.
# $count: how many problems were found in the list of visits sent
visits-push-rejected = Ештеңе импортталмады; { $count ->
    [one] { $count } қате
   *[other] { $count } қате
  } табылды.
visits-file-unreadable = Файлды оқу мүмкін емес.
# $columns: the column names the file must have, comma-separated
visits-header-unreadable = Файлдың бірінші жолында бағандар аталуы керек: { $columns }.
# $value: the column name found; $columns: the column names the file must have
visits-unknown-column = Белгісіз баған: «{ $value }»; бағандар: { $columns }.
# $value: the column name
visits-column-twice = «{ $value }» бағаны екі рет кездеседі.
# $column: the column name
visits-missing-column = Міндетті «{ $column }» бағаны жоқ.
visits-row-unreadable = Бұл жолды оқу мүмкін емес: онда тақырып жолындағыдан көп немесе аз өріс бар, не үтірі бар мән қос тырнақшаға алынбаған.
visits-not-utf8 = Бұл мән UTF-8 мәтіні емес; файлды CSV UTF-8 форматында сақтаңыз.
visits-external-id-required = Кезек жүйесіндегі жүгінудің өз идентификаторы міндетті.
# $value: the external id
visits-external-id-repeated-line = «{ $value }» алдыңғы жолда да кездеседі.
# $value: the external id
visits-external-id-repeated-list = «{ $value }» тізімде бұрын да кездеседі.
# $value: the centre code as given
visits-unknown-centre = «{ $value }» — штат тізіміндегі орталық емес.
# $value: the time as given; $zone: the centre's time zone
visits-time-gap = «{ $value }» уақыты { $zone } белдеуінде жоқ (жазғы уақытқа көшу кезіндегі олқылық).
# $value: the time as given
visits-invalid-time = «{ $value }» — 2026-03-02 14:05 немесе 2026-03-02T14:05:00+05:00 сияқты уақыт емес.
# $value: the number as given; $region: the country its numbers are read in (VN, KZ…)
visits-invalid-phone = «{ $value }» — { $region } өңірі үшін жарамды телефон нөмірі емес.
# $value: the number as given, with its country code
visits-invalid-phone-international = «{ $value }» — жарамды телефон нөмірі емес.
visits-service-required = Қызмет көрсетілуі міндетті.
# $value: the department code as given
visits-unknown-department = «{ $value }» — штат тізіміндегі бөлім емес.
# $value: the employee number as given
visits-unknown-staff = «{ $value }» — штат тізіміндегі қызметкер емес.
# $value: the channel as given
visits-invalid-channel = «{ $value }» — жүгіну арнасы емес: counter, phone немесе online мәнін пайдаланыңыз.
# $value: the answer as given
visits-invalid-consent = «{ $value }» — yes немесе no емес (yes/no, true/false, y/n, 1/0; бос болса — no: азаматқа тек келісімімен қоңырау шалынады).

## The synthesis for leadership.

synthesis-title = Кері қоңыраулар жиынтығы
# $centre: the centre's name; $period: the day, week or month shown
synthesis-heading = Кері қоңыраулар жиынтығы · { $centre } · { $period }
synthesis-centre = Орталық
synthesis-period = Кезең
synthesis-date = Күні
synthesis-show = Көрсету

## Periods of a synthesis, shown by value: synthesis-span-<value>, synthesis-previous-<value>, synthesis-next-<value>.
synthesis-span-day = күн
synthesis-span-week = апта
synthesis-span-month = ай
synthesis-previous-day = ← Алдыңғы күн
synthesis-previous-week = ← Алдыңғы апта
synthesis-previous-month = ← Алдыңғы ай
synthesis-next-day = Келесі күн →
synthesis-next-week = Келесі апта →
synthesis-next-month = Келесі ай →

# $week: the ISO week number; $year: its year; $first, $last: its Monday and Sunday as dates
synthesis-period-week = { $year } жылғы { $week }-апта ({ $first } – { $last })

synthesis-printable = Басып шығаруға арналған нұсқа
synthesis-xlsx = XLSX жүктеу (барлық кесте)
synthesis-csv = CSV:

## The tables of a synthesis, as links, download sheets and CSV files, shown by value: synthesis-table-<value>.
synthesis-table-summary = Жиынтық
synthesis-table-departments = Бөлімдер
synthesis-table-services = Қызметтер
synthesis-table-staff = Қызметкерлер
synthesis-table-comments = Пікірлер
synthesis-table-follow-ups = Қосымша шаралар
synthesis-table-callbacks = Кері қоңыраулар

synthesis-follow-ups = Орындалмаған қосымша шаралар
synthesis-number-column = №
synthesis-day = Күні
synthesis-who-follows-up = Жауапты
synthesis-about = Неге қатысты
synthesis-what-said = Қызмет алушының пікірі
synthesis-done = Орындалды
synthesis-no-follow-up = Орындалмаған қосымша шара жоқ.

synthesis-drawn = Іріктелді
synthesis-reached = Байланыс орнады
# $share: the share reached, as a percentage
synthesis-reach-share = (аяқталғандардың { $share })
synthesis-reach-share-hint = қоңыраулары аяқталған кері қоңыраулардың ішінде
synthesis-unreachable = Хабарласу мүмкін болмады
synthesis-refused = Бас тартты
synthesis-wrong-number = Қате нөмір
synthesis-never-call = Енді қоңырау шалмауды сұрады
synthesis-pending = Әлі қоңырау шалынбаған
synthesis-staff-attitude = Қызметкердің қарым-қатынасы
synthesis-process = Қызмет көрсету тәртібі
synthesis-overall = Жалпы
# $n: how many citizens answered the question
synthesis-score-scale = / 5, n={ $n }

synthesis-wrong-number-short = Қате нөмір
synthesis-never-call-short = Шалмау
synthesis-pending-short = Күтуде
synthesis-reached-percent = Байланыс, %
synthesis-no-draw = Бұл кезеңде іріктеу жүргізілмеген.

synthesis-department = Бөлім
synthesis-service = Қызмет
synthesis-staff-member = Қызметкер
synthesis-overall-distribution = Жалпы баға 1 → 5
synthesis-nobody-reached = Әзірге ешкіммен байланыс орнамады.
synthesis-no-department = (бөлімі жоқ)

# $score: the citizen's overall satisfaction, 1 to 5
synthesis-remark-overall = жалпы { $score }/5
# $id: the callback's number
synthesis-remark-callback = № { $id }
synthesis-remark-comment = Пікір:
synthesis-remark-question = Сұрақ:
synthesis-remark-suggestion = Ұсыныс:
synthesis-no-remarks = Бұл кезеңде пікірлер мен ұсыныстар жоқ.

synthesis-day-by-day = Күндер бойынша
synthesis-by-department = Бөлімдер бойынша қанағаттану
synthesis-by-service = Қызметтер бойынша
synthesis-by-staff = Қызметкерлер бойынша
synthesis-by-category = Қызмет алушылардың пікірлері санаттар бойынша

## The printable synthesis.

# $centre: the centre's name; $period: the day, week or month shown
synthesis-print-title = Қызмет алушыларға кері қоңыраулар · { $centre } · { $period }
# $centre: the centre's name
synthesis-print-heading = Қызмет алушыларға кері қоңыраулар · { $centre }
synthesis-print-method = қызметті пайдаланған және байланысуға келісім берген қызмет алушылар арасынан кездейсоқ іріктелді
# $when: the date and time the report was prepared, in the centre's time zone
synthesis-print-prepared = дайындалған уақыты: { $when }
synthesis-print = Басып шығару

## Refusals of the synthesis.

# $centre: the centre code asked for
synthesis-no-such-centre = Сізге қолжетімді «{ $centre }» орталығы жоқ.
synthesis-no-centres = Штат тізімінде әлі орталық жоқ.
# $id: the callback's number
synthesis-no-open-follow-up = № { $id } кері қоңырау бойынша орындалмаған қосымша шара жоқ.
# $table: the table asked for; $tables: the tables there are, comma-separated
synthesis-unknown-table = «{ $table }» кестесі жоқ: мына кестелердің бірін пайдаланыңыз: { $tables }.

## The synthesis downloads (CSV and XLSX): sheet names and column headings.

# $table: the table's name (Summary, Departments…); $centre: the centre code; $period: the period's short tag (2026-W36)
synthesis-sheet = { $table } { $centre } { $period }
synthesis-total = барлығы
synthesis-col-day = күні
synthesis-col-drawn = іріктелді
synthesis-col-reached = байланыс орнады
synthesis-col-unreachable = хабарласу мүмкін болмады
synthesis-col-refused = бас тартты
synthesis-col-wrong-number = қате нөмір
synthesis-col-do-not-call = қоңырау шалмау
synthesis-col-pending = күтуде
synthesis-col-reached-percent = байланыс орнады, %
synthesis-col-staff-mean = қызметкердің қарым-қатынасы (орташа)
synthesis-col-process-mean = қызмет көрсету тәртібі (орташа)
synthesis-col-overall-mean = жалпы (орташа)
# $score: an answer, 1 to 5
synthesis-col-overall-answer = жалпы = { $score }
synthesis-col-department-code = бөлім коды
synthesis-col-department = бөлім
synthesis-col-service = қызмет
synthesis-col-service-name = қызмет атауы
synthesis-col-employee-no = табель нөмірі
synthesis-col-name = аты-жөні
synthesis-col-category = санат
synthesis-col-callback = кері қоңырау
synthesis-col-staff-member = қызметкер
synthesis-col-overall = жалпы
synthesis-col-comments = пікірлер
synthesis-col-questions = сұрақтар
synthesis-col-suggestions = ұсыныстар
synthesis-col-who-follows-up = жауапты
synthesis-col-what-said = қызмет алушының пікірі
synthesis-col-life-situation = өмірлік жағдай
synthesis-col-channel = жүгіну арнасы
synthesis-col-state = күйі
synthesis-col-outcome = нәтиже
synthesis-col-attempts = әрекеттер
synthesis-col-staff-attitude = қызметкердің қарым-қатынасы
synthesis-col-process = қызмет көрсету тәртібі
synthesis-col-follow-up-by = жауапты

## What the operator hears on their own phone before a bridged call.
bridge-connecting = Сізді қызмет алушымен қосып жатырмыз. Әңгіме жазылады.
bridge-number-gone = Қызмет алушының нөмірі енді қолжетімді емес.
