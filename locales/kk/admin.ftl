## Operations and administration: campaigns and calls, users, API tokens,
## the audit log, and the refusals of campaigns, calls, accounts and the
## roster import.

## The campaigns page (the start page of administrators and HR).

admin-campaigns-heading = Бағалау науқандары
admin-campaigns-column-campaign = Науқан
admin-campaigns-column-state = Күйі
admin-campaigns-column-period = Кезең
admin-campaigns-column-calls-each = Әр қызметкерге
admin-campaigns-column-planned = Жоспарланған
admin-campaigns-column-waiting = Күтуде
admin-campaigns-column-in-progress = Орындалуда
admin-campaigns-column-ended = Аяқталған
admin-campaigns-column-reached = Адам жауап берді
# $count: how many planned calls could not be fitted into the period
admin-campaigns-short = ({ $count } сыймады)
# $start, $end: the first and last day, already formatted
admin-period = { $start } – { $end }
admin-calls-recent = Соңғы қоңыраулар

## A campaign's states (the campaigns table), shown by value: campaign-state-<value>.
campaign-state-active = белсенді
campaign-state-paused = кідіртілген
campaign-state-canceled = күші жойылған

## One campaign.

admin-campaign-period = Кезең
admin-campaign-window = Қоңырау шалу уақыты
# $start, $end: local times of day, HH:MM
admin-campaign-window-value = жергілікті уақыт бойынша { $start }–{ $end }, әр бөлімнің жұмыс уақыты шегінде
admin-campaign-calls-per-staff = Әр қызметкер нөміріне қоңырау саны
admin-campaign-scripts = Сценарийлер
admin-campaign-planned = Жоспарланған
# $count: how many calls are planned; $short: how many could not be fitted into free working days
admin-campaign-planned-short = { $count } ({ $short } қоңырау бос жұмыс күндеріне сыймады)
admin-campaign-calls = Қоңыраулар

## The calls table.

admin-calls-column-call = Қоңырау
admin-calls-column-when = Уақыты
admin-calls-column-line = Нөмір
admin-calls-column-script = Сценарий
admin-calls-column-state = Күйі
admin-calls-column-connection = Байланыс
admin-calls-column-latency = Жауап беру уақыты
admin-calls-column-rings = Дабыл саны
admin-calls-column-duration = Ұзақтығы
admin-calls-column-recording = Жазба
admin-calls-listen = тыңдау
admin-calls-column-staff = Қызметкер
admin-calls-line-check = желіні тексеру
admin-calls-citizen-callback = азаматқа кері қоңырау
admin-calls-in-progress = Қазір жүріп жатыр
admin-calls-in-progress-none = Қазір ешкімге қоңырау шалынып жатқан жоқ.
# $count: тізімде көрсетілмеген, кейінге жоспарланған (немесе тоқтатылған науқанды күтіп тұрған) қоңыраулар саны
admin-calls-scheduled-later = Тағы { $count } қоңырау кейінге жоспарланған.
admin-calls-history = Тарих
admin-calls-history-none = Аяқталған қоңыраулар әзірге жоқ.

## One call.

# $id: the call's number
admin-call-number = № { $id } қоңырау
admin-call-line = Нөмір
admin-call-script = Сценарий
admin-call-carrier-call = Байланыс операторындағы қоңырау
admin-call-connection = Байланыс
admin-call-latency = Жауап беру уақыты
admin-call-duration = Ұзақтығы
admin-call-problem = Мәселе
admin-call-missed-no-day = науқан кезеңінде бос жұмыс күні қалмады
# $sid: the carrier's id of the recording
admin-call-recording = Жазба: { $sid }
admin-call-stages = Анықталған кезеңдер
# $stage: a stage of the call script; $seconds: seconds after the answer, already formatted
admin-call-stage-at = { $stage }: жауаптан кейін { $seconds } с
admin-call-measured = Өлшенген көрсеткіштер
admin-call-measured-stage = Кезең
admin-call-measured-item = Критерий
admin-call-measured-result = Нәтиже
admin-call-measured-yes = иә
admin-call-measured-no = жоқ
admin-call-events = Байланыс операторының оқиғалары
admin-call-events-received = Алынған уақыты
admin-call-events-kind = Түрі
admin-call-events-status = Мәртебесі
admin-call-events-sequence = Реттік нөмірі
admin-call-events-stage = Кезең

## Users.

admin-users-title = Пайдаланушылар
# $username: the new account's username
admin-users-created = { $username } тіркелгісі құрылды. Оның бір реттік құпиясөзі тек қазір көрсетіледі — оны қауіпсіз жолмен жеткізіңіз:
# $username: the account whose password was reset
admin-users-password-reset = { $username } тіркелгісіне жаңа құпиясөз берілді. Бір реттік құпиясөз тек қазір көрсетіледі — оны қауіпсіз жолмен жеткізіңіз:
admin-users-column-name = Аты-жөні
admin-users-column-roles = Рөлдері
admin-users-column-status = Мәртебесі
admin-users-status-disabled = өшірілген
admin-users-status-one-time = бір реттік құпиясөз
admin-users-status-active = белсенді
admin-users-enable = Қосу
admin-users-disable = Өшіру
admin-users-reset-password = Құпиясөзді қалпына келтіру
admin-users-senior-hint = Аға бағалаушылар екі бағалаушы арасындағы келіспеушілікті шешеді
admin-users-senior = Аға бағалаушы ✓
admin-users-make-senior = Аға бағалаушы ету
admin-users-line-placeholder = жеке нөмірі, +7…
admin-users-line-label = Оператордың жеке нөмірі
admin-users-centre-label = Орталық
admin-users-all-centres = барлық орталықтар
admin-users-save-line = Нөмірді сақтау
admin-users-add = Пайдаланушы қосу
admin-users-full-name = Толық аты-жөні
admin-users-department = Бөлім коды (бөлім басшылары үшін — олар көре алатын бөлім; бағалаушылар үшін — өз бөлімі, оны олар ешқашан бағаламайды)
admin-users-create = Бір реттік құпиясөзбен құру
# $code: the department code that was typed
admin-users-no-department = Бөлім: «{ $code }» бөлімі жоқ.
# $code: the centre code that was chosen
admin-users-no-centre = Орталық коды: «{ $code }» орталығы жоқ.

## API tokens.

admin-tokens-title = API токендері
# $name: what the new token is for
admin-tokens-created = «{ $name }» токені құрылды. Ол тек қазір көрсетіледі; оны интеграцияның құпия деректер қоймасында сақтаңыз:
admin-tokens-column-name = Атауы
admin-tokens-column-roles = Рөлдері
admin-tokens-column-expires = Жарамдылық мерзімі
admin-tokens-column-last-used = Соңғы пайдаланылған уақыты
admin-tokens-column-status = Мәртебесі
admin-tokens-never-used = пайдаланылмаған
admin-tokens-status-revoked = күші жойылған
admin-tokens-status-active = белсенді
admin-tokens-revoke = Күшін жою
admin-tokens-none = Токендер жоқ.
admin-tokens-create-heading = Токен құру
admin-tokens-purpose = Мақсаты
admin-tokens-purpose-placeholder = Электрондық кезек жүйесі, 1-орталық
admin-tokens-valid-days = Жарамдылық мерзімі (күн)
admin-tokens-create = Құру

## The audit log.

admin-audit-title = Аудит журналы
admin-audit-filter-action = Әрекет
admin-audit-filter-any = кез келген
admin-audit-filter-actor = Кім
admin-audit-filter = Сүзу
admin-audit-export = CSV түрінде жүктеу
admin-audit-column-when = Уақыты
admin-audit-column-who = Кім
admin-audit-column-what = Не
admin-audit-column-on = Нысан
admin-audit-column-from = Қайдан
admin-audit-column-detail = Толығырақ
admin-audit-none = Ештеңе тіркелмеген.

## Column headings of the audit log as CSV.
admin-audit-csv-id = id
admin-audit-csv-at = уақыты (UTC)
admin-audit-csv-actor-kind = орындаушы түрі
admin-audit-csv-actor-id = орындаушы id
admin-audit-csv-actor-name = орындаушы аты
admin-audit-csv-action = әрекет
admin-audit-csv-target-kind = нысан түрі
admin-audit-csv-target-id = нысан id
admin-audit-csv-address = IP мекенжайы
admin-audit-csv-detail = толығырақ

## Audited actions (src/auth/audit.rs Action), shown by value: audit-action-<value>.
audit-action-login = жүйеге кіру
audit-action-login_failed = сәтсіз кіру әрекеті
audit-action-logout = жүйеден шығу
audit-action-password_changed = құпиясөз өзгертілді
audit-action-language_changed = тіл өзгертілді
audit-action-password_reset = құпиясөз қалпына келтірілді
audit-action-user_created = пайдаланушы құрылды
audit-action-user_disabled = пайдаланушы өшірілді
audit-action-user_enabled = пайдаланушы қосылды
audit-action-token_created = токен құрылды
audit-action-token_revoked = токеннің күші жойылды
audit-action-recording_played = жазба тыңдалды
audit-action-recording_downloaded = жазба жүктеп алынды
audit-action-citizen_phone_viewed = қызмет алушының телефон нөмірі қаралды
audit-action-score_changed = балл өзгертілді
audit-action-data_exported = деректер экспортталды
audit-action-settings_changed = баптаулар өзгертілді
audit-action-campaign_changed = науқан өзгертілді
audit-action-roster_imported = штат тізімі импортталды
audit-action-retention_run = сақтау мерзімі өткен деректер тазартылды

## Who did it, by kind of actor.
# $name: the user's username
audit-actor-user = { $name } (пайдаланушы)
# $name: what the API token is for
audit-actor-token = { $name } (токен)
# $name: the service's own name
audit-actor-system = { $name } (жүйе)
# $name: the username someone tried to sign in with
audit-actor-anonymous = { $name } (анонимді)

## What it was done on, by kind of record.
# $id: the user's number
audit-target-user = № { $id } пайдаланушы
# $id: the token's number
audit-target-api_token = № { $id } API токені
# $id: the campaign's number
audit-target-campaign = № { $id } науқан
# $id: the callback's number
audit-target-callback = № { $id } кері қоңырау
# $id: the grading task's number
audit-target-grading_task = № { $id } бағалау тапсырмасы
# $id: the recording's number
audit-target-recording = № { $id } жазба

## Refusals: accounts and tokens.

# $role: the word that is not a role
user-role-unknown = «{ $role }» — рөл емес (admin, hr, grader, operator, supervisor, intake).
user-roles-none = Кемінде бір рөл беріңіз.
user-username-invalid = Пайдаланушы аты: 2–64 әріп, цифр, нүкте, сызықша немесе астын сызу таңбасын пайдаланыңыз.
# $username: the username asked for
user-username-taken = Пайдаланушы аты: «{ $username }» бұрыннан тіркелген.
user-disable-self = Өз тіркелгіңізді өшіре алмайсыз.
token-name-required = Токеннің мақсатын көрсетіңіз.
# $min, $max: the shortest and longest validity in days
token-days-range = Токеннің жарамдылық мерзімі { $min }–{ $max } күн аралығында болуы керек.
token-days-not-number = Күн санын көрсетіңіз.

## Refusals: campaigns.

# $value: the text that was given
campaign-time-invalid = «{ $value }» — 09:30 сияқты уақыт емес.
campaign-name-required = Науқан атауы бос болмауы керек.
campaign-scripts-none = Кемінде бір бағалау сценарийін көрсетіңіз.
# $script: the script id that was given
campaign-script-unknown = call-scripts/ қалтасында «{ $script }» қоңырау сценарийі жоқ.
# $script: the script id; $kind: its kind of script (a code such as callback)
campaign-script-not-evaluation = «{ $script }» — бағалау сценарийі емес, оның түрі: { $kind }.
campaign-end-before-start = Аяқталу күні басталу күнінен бұрын.
# $min, $max: the fewest and most calls per staff line
campaign-calls-per-staff-range = Әр қызметкер нөміріне қоңырау саны { $min }–{ $max } аралығында болуы керек.
campaign-window-empty = Қоңырау шалу уақытының аяқталуы басталуынан кейін болуы керек.
# $code: the department code that was given
campaign-department-unknown = Штат тізімінде «{ $code }» бөлімі жоқ.
campaign-period-over = Кезең аяқталып қойған.
campaign-no-staff = Бұл науқанға сәйкес келетін, бағалауға жататын белсенді қызметкерлер жоқ.
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-pause = № { $id } науқан { $state ->
    [active] белсенді
    [paused] бұрыннан кідіртілген
    [canceled] күші жойылған
   *[other] { $state }
  }: оны кідіртуге болмайды.
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-resume = № { $id } науқан { $state ->
    [active] бұрыннан белсенді
    [paused] кідіртілген
    [canceled] күші жойылған
   *[other] { $state }
  }: оны қайта бастауға болмайды.
# $id: the campaign's number; $state: its state now (active, paused or canceled)
campaign-cannot-cancel = № { $id } науқан { $state ->
    [active] белсенді
    [paused] кідіртілген
    [canceled] бұрыннан күші жойылған
   *[other] { $state }
  }: оның күшін жоюға болмайды.

## Refusals: calls and recordings.

# $value: the number as given
call-number-not-international = «{ $value }» — +77012345678 сияқты халықаралық нөмір емес.
# $script: the script id that was given
call-script-unknown = «{ $script }» қоңырау сценарийі жоқ.
# $name: the parameter the carrier did not send
call-webhook-param-missing = Байланыс операторының сұрауында { $name } параметрі жоқ.
# $status: the status the carrier sent
call-webhook-status-unknown = «{ $status }» — бұл қызметке белгісіз қоңырау мәртебесі.
# $value: the text that was sent
call-webhook-not-a-number = «{ $value }» сан емес.
# $id: our call's number; $known: the carrier's call id it has; $sid: the one in the request
call-webhook-other-call = № { $id } қоңыраудың операторлық идентификаторы — { $known }, { $sid } емес.
# $id: the recording's number
recording-path-unsafe = № { $id } жазбаның жолы қауіпсіз емес.

## Not found.

# $id: the user's number
not-found-user = № { $id } пайдаланушы табылмады.
# $action: the action in the address
not-found-user-action = «{ $action }» деген пайдаланушы әрекеті жоқ.
# $id: the token's number
not-found-token = № { $id } белсенді токен табылмады.
# $id: the campaign's number
not-found-campaign = № { $id } науқан табылмады.
# $action: the action in the address
not-found-campaign-action = «{ $action }» деген науқан әрекеті жоқ.
# $script: the script id
not-found-script = { $script } қоңырау сценарийі табылмады.
# $script: the script id; $version: its version
not-found-script-version = { $script } сценарийінің { $version } нұсқасы табылмады.
# $id: the call's number
not-found-call = № { $id } қоңырау табылмады.
# $id: the recording's number
not-found-recording-audio = № { $id } жазбаның дыбыс файлы қолжетімсіз.
# $id: the department's number
not-found-department = № { $id } бөлім табылмады.
# $id: the staff member's number
not-found-staff = № { $id } қызметкер табылмады.
# $id: the centre's number
not-found-centre = № { $id } орталық табылмады.

## The roster: one problem in an import file or a record, by its column.
## These read after "field "phone": " in a file's list of problems.

# $file: the file's name; $line: the line (the header is line 1); $field: the column; $problem: what is wrong
roster-problem-line = { $file }:{ $line }: «{ $field }» өрісі: { $problem }
# $field: the column; $problem: what is wrong
roster-field-problem = { $field }: { $problem }
# $file: the file's name; $error: why writing failed
roster-import-failed = { $file }: ештеңе импортталмады: { $error }
# $content_type: the Content-Type that was sent
roster-import-not-csv = Файлды Content-Type: text/csv түрінде жіберіңіз (алынғаны: «{ $content_type }»).
roster-input-invalid = Енгізілген деректер жарамсыз.
# $detail: what the JSON reader said, in its own words
roster-body-invalid = Сұрау мазмұны күтілген JSON емес: { $detail }
# $detail: what the JSON reader said, in its own words
roster-body-unreadable = Сұрау мазмұнын оқу мүмкін емес: { $detail }
# $body: the key in the body; $path: the key in the address
roster-key-differs = Сұрау мазмұнындағы «{ $body }» мәні URL-дегі «{ $path }» мәнінен өзгеше

# $error: what the system said
roster-file-unreadable = оқу мүмкін емес: { $error }
# $error: what the CSV reader said
roster-header-unreadable = бірінші жолды оқу мүмкін емес: { $error }
# $columns: the column names, comma separated
roster-file-empty = файл бос; оның бірінші жолында бағандар аталуы керек: { $columns }
# $error: what the CSV reader said
roster-row-unreadable = бұл жолды оқу мүмкін емес: { $error }
# $count: how many fields the line has; $expected: how many the header has
roster-row-field-count = жолда { $count ->
    [one] { $count } өріс
   *[other] { $count } өріс
  } бар, ал тақырып жолында — { $expected }; үтірі бар мән қос тырнақшаға алынуы керек
roster-not-utf8 = UTF-8 мәтіні емес; файлды CSV UTF-8 форматында сақтаңыз
# $column: the column name
roster-column-twice = «{ $column }» бағаны екі рет кездеседі
# $column: the column name found; $columns: the column names expected, comma separated
roster-column-unknown = белгісіз баған: «{ $column }»; бағандар: { $columns }
# $column: the column name
roster-column-missing = міндетті «{ $column }» бағаны жоқ

# $field: the column
roster-field-required = { $field } міндетті
# $value: the code as given
roster-code-spaces = «{ $value }» ішінде бос орын немесе '/' болмауы керек
# $value: the text as given
roster-flag-invalid = «{ $value }» — yes немесе no емес (yes/no, true/false, y/n, 1/0; бос болса — yes)
# $value: the reason as given
roster-exclusion-needs-ineligible = «{ $value }» себебі көрсетілген, бірақ eligible мәні — yes; eligible мәнін no етіңіз немесе себепті өшіріңіз
# $code: the department code as given
roster-department-unknown = «{ $code }» бөлімі жоқ; алдымен бөлімдер файлын импорттаңыз
# $code: the department code as given; $suggestion: a known code that differs only in case
roster-department-unknown-suggest = «{ $code }» бөлімі жоқ («{ $suggestion }» болуы мүмкін бе?); алдымен бөлімдер файлын импорттаңыз
# $code: the department code; $first: the line it first appears on
roster-department-repeated = «{ $code }» бөлімі { $first }-жолда бұрыннан бар
# $centre: the centre code; $name: the name it has on an earlier line; $first: that line
roster-centre-other-name = «{ $centre }» орталығы { $first }-жолда «{ $name }» деп аталған
# $centre: the centre code; $zone: the time zone it has on an earlier line; $first: that line
roster-centre-other-zone = «{ $centre }» орталығы { $first }-жолда «{ $zone }» уақыт белдеуінде көрсетілген
# $value: the employee number; $first: the line it first appears on
roster-employee-repeated = «{ $value }» табель нөмірі { $first }-жолда бұрыннан бар

roster-time-zone-required = уақыт белдеуі міндетті (Asia/Almaty сияқты IANA атауы)
# $value: the text as given
roster-time-zone-unknown = «{ $value }» — IANA уақыт белдеуінің атауы емес (мысалы, Asia/Almaty немесе Asia/Seoul)
# $value: the working days as given; $day: the part that is not a day
roster-weekday-unknown = «{ $value }»: «{ $day }» — апта күні емес (mon, tue, … sun)
roster-work-days-required = кемінде бір жұмыс күні міндетті, мысалы mon-fri
# $value: the text as given
roster-time-invalid = «{ $value }» — СС:ММ түріндегі уақыт емес (мысалы, 09:00)
# $start, $end: times of day, HH:MM
roster-work-end-before-start = жұмыстың аяқталу уақыты ({ $end }) басталу уақытынан ({ $start }) кейін емес
roster-lunch-end-required = lunch_start көрсетілген, сондықтан lunch_end міндетті
roster-lunch-start-required = lunch_end көрсетілген, сондықтан lunch_start міндетті
# $start, $end: times of day, HH:MM
roster-lunch-end-before-start = түскі үзілістің аяқталу уақыты ({ $end }) басталу уақытынан ({ $start }) кейін емес
# $lunch_start, $lunch_end: the lunch break; $start, $end: the working hours; all HH:MM
roster-lunch-outside-hours = { $lunch_start }–{ $lunch_end } түскі үзілісі { $start }–{ $end } жұмыс уақытының шегінде емес

roster-phone-required = телефон нөмірі міндетті
# $value: the number as given
roster-phone-invalid = «{ $value }» — жарамды телефон нөмірі емес
# $value: the number as given; $region: the country code numbers without + are read in
roster-phone-invalid-in-region = «{ $value }» — { $region } өңірі үшін жарамды телефон нөмірі емес
# $value: the number as given; $region: the configured default region
roster-phone-no-region = «{ $value }» нөмірінде ел коды (+…) жоқ, ал әдепкі «{ $region }» өңірі екі әріпті ел коды емес
# $value: the number as given; $extension: the extension in it
roster-phone-extension = «{ $value }» нөмірінде ішкі нөмір бар ({ $extension }); қызметкердің тікелей нөмірін көрсетіңіз
