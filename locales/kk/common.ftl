## Shared by every page: the header, sign-in, languages, error pages.

brand = civicall

language-en = English
language-ko = 한국어
language-ru = Русский
language-kk = Қазақша
language-vi = Tiếng Việt
language-zh-Hans = 简体中文

sign-in = Кіру
sign-out = Шығу
sign-in-to-see = Бұл бетті көру үшін жүйеге кіріңіз.
back-to-start = Бастапқы бетке оралу
no-such-page = Мұндай бет жоқ.

status-unauthorized = Жүйеге кіру қажет
status-forbidden = Рұқсат жоқ
status-not-found = Табылмады
status-conflict = Қазір орындау мүмкін емес
status-invalid = Енгізілген деректерді тексеріңіз
status-carrier = Байланыс операторы жауап бермеді
status-carrier-detail = Байланыс операторымен байланыс орнамады немесе ол сұрауды қабылдамады. Бірнеше минуттан кейін қайталап көріңіз.
status-too-many = Әрекеттер саны тым көп
status-error = Қате орын алды
status-error-detail = Жүйе тарапында қате орын алды. Ол журналға тіркелді; қайталап көріңіз, ал қате қайталана берсе, әкімшіге хабарлаңыз.

denied-sign-in-first = Алдымен жүйеге кіріңіз.
denied-change-password-first = Алдымен бір реттік құпиясөзді өзгертіңіз.
denied-role = Сіздің рөліңіз бұған рұқсат бермейді.
denied-token = API токені белгісіз, мерзімі өткен немесе күші жойылған.
denied-form-too-large = Нысан тым үлкен.
denied-form-expired = Бұл нысанның мерзімі өткен немесе ол civicall жүйесінен жіберілмеген. Бетті қайта жүктеп, қайталап көріңіз.

# $count: how many final evaluations
evaluations-count = { $count ->
    [one] { $count } бағалау
   *[other] { $count } бағалау
  }

language-choose = Тіл
save = Сақтау

nav-grading = Бағалау жұмыс орны
nav-callbacks = Кері қоңыраулар
nav-synthesis = Кері қоңыраулар жиынтығы
nav-results = Нәтижелер
nav-my-department = Бөлімімнің нәтижелері
nav-graders = Бағалаушылар
nav-users = Пайдаланушылар
nav-tokens = API токендері
nav-audit = Аудит журналы
nav-account = Жеке кабинет

role-admin = әкімші
role-hr = кадр қызметі
role-grader = бағалаушы
role-operator = жедел желі операторы
role-supervisor = бөлім басшысы
role-intake = жүгінулерді тіркеу

field-username = Пайдаланушы аты
field-password = Құпиясөз

sign-in-failed = Кіру сәтсіз аяқталды: пайдаланушы аты немесе құпиясөз қате, не бірнеше рет қате енгізілгендіктен кіру уақытша тоқтатылған. Кейінірек қайталап көріңіз.
notice-password-changed = Құпиясөзіңіз өзгертілді. Жаңа құпиясөзбен кіріңіз.
notice-signed-out = Сіз жүйеден шықтыңыз.

account-title = Жеке кабинет
account-language = Тіл
account-language-browser = Браузер баптауы бойынша
account-language-hint = Барлық беттер, жүктелетін файлдар мен хабарламалар осы және келесі сеанстарда осы тілде көрсетіледі. Қоңырау сценарийлері өз тілінде қалады.
notice-language-saved = Тіл сақталды.

password-change = Құпиясөзді өзгерту
password-one-time-notice = Сіз бір реттік құпиясөзбен кірдіңіз. Жұмысты жалғастыру үшін өз құпиясөзіңізді орнатыңыз.
password-current = Қазіргі құпиясөз
password-new = Жаңа құпиясөз
password-new-again = Жаңа құпиясөзді қайталаңыз
# $min: the shortest password accepted
password-hint = Кемінде { $min } таңба. Жиі қолданылатын және атыңыздан құралған құпиясөздер қабылданбайды. Өзгерткеннен кейін жүйеге қайта кіріңіз.
password-current-wrong = Қазіргі құпиясөз қате.
password-new-differ = Екі жаңа құпиясөз бір-біріне сәйкес келмейді.
password-same-as-current = Қазіргіден өзгеше құпиясөз таңдаңыз.
password-too-short = Жаңа құпиясөз: кемінде { $min } таңба болуы керек.
password-too-long = Жаңа құпиясөз: ең көбі { $max } таңба болуы керек.
password-easy-to-guess = Жаңа құпиясөз: оны табу тым оңай. Бір-бірімен байланысы жоқ сөздерден құралған ұзынырақ тіркесті пайдаланыңыз.

# $what: what was looked for, e.g. "user 3"
not-found-verbatim = { $what } табылмады
# $language: the language tag that was sent
account-language-unknown = civicall жүйесі { $language } тілін қолдамайды.
account-token-no-language = API токенінің өз тілі жоқ; оның орнына Accept-Language тақырыбын жіберіңіз.
account-token-no-password = API токенінің құпиясөзі жоқ.

## Тек экран оқу бағдарламасы оқитын баған тақырыптары: бағанда түймелер мен сілтемелер немесе белгілер бар.
column-actions = Әрекеттер
column-marks = Белгілер

## Пішіндерден, сұраулардан және файлдардан келген еркін мәтін: аттар, атаулар мен пікірлер.
# $character: қабылданбаған таңба, U+XXXX түрінде
text-control-line = Мұны бір жолдық қарапайым мәтінмен жазыңыз: мұнда { $character } басқару таңбасы бар (жол ауыстыру, табуляция немесе соған ұқсас).
# $character: қабылданбаған таңба, U+XXXX түрінде
text-control-prose = Мәтіннен { $character } басқару таңбасын алып тастаңыз; жол ауыстыру мен табуляцияға рұқсат етіледі.
# $limit: рұқсат етілген ең көп таңба саны; $count: жазылған таңба саны
text-too-long = Мұнда ең көбі { $limit } таңба жазуға болады; бұл мәтінде { $count } таңба бар.
