## 모든 페이지에 공통: 머리글, 로그인, 언어, 오류 페이지.

brand = civicall

language-en = English
language-ko = 한국어
language-ru = Русский
language-kk = Қазақша
language-vi = Tiếng Việt
language-zh-Hans = 简体中文

sign-in = 로그인
sign-out = 로그아웃
sign-in-to-see = 이 페이지를 보려면 로그인하십시오.
back-to-start = 첫 화면으로 돌아가기
no-such-page = 존재하지 않는 페이지입니다.

status-unauthorized = 로그인 필요
status-forbidden = 접근 권한 없음
status-not-found = 찾을 수 없음
status-conflict = 지금은 처리할 수 없음
status-invalid = 입력 내용을 확인하십시오
status-carrier = 통신사 응답 없음
status-carrier-detail = 통신사에 연결할 수 없거나 통신사가 요청을 거부했습니다. 몇 분 후 다시 시도하십시오.
status-too-many = 시도 횟수 초과
status-error = 오류가 발생했습니다
status-error-detail = 시스템 내부에서 오류가 발생했습니다. 오류 내용은 기록되었습니다. 다시 시도해 보시고, 같은 문제가 계속되면 관리자에게 알려 주십시오.

denied-sign-in-first = 먼저 로그인하십시오.
denied-change-password-first = 먼저 임시 비밀번호를 변경하십시오.
denied-role = 현재 역할로는 이용할 수 없습니다.
denied-token = 알 수 없거나 만료되었거나 폐기된 API 토큰입니다.
denied-form-too-large = 제출한 양식의 용량이 너무 큽니다.
denied-form-expired = 만료되었거나 civicall에서 발급하지 않은 양식입니다. 페이지를 새로 고친 후 다시 시도하십시오.

# $count: 확정 평가 건수
evaluations-count = 평가 { $count }건

language-choose = 언어
save = 저장

nav-grading = 녹음 평가
nav-callbacks = 해피콜
nav-synthesis = 해피콜 종합
nav-results = 평가 결과
nav-my-department = 우리 부서 결과
nav-graders = 평가자
nav-users = 사용자
nav-tokens = API 토큰
nav-audit = 감사 로그
nav-account = 내 계정

role-admin = 관리자
role-hr = 인사 담당자
role-grader = 평가자
role-operator = 상담원
role-supervisor = 부서장
role-intake = 민원 접수 연동

field-username = 아이디
field-password = 비밀번호

sign-in-failed = 로그인에 실패했습니다. 아이디 또는 비밀번호가 올바르지 않거나, 여러 번 실패하여 로그인이 일시 중지되었습니다. 잠시 후 다시 시도하십시오.
notice-password-changed = 비밀번호가 변경되었습니다. 새 비밀번호로 로그인하십시오.
notice-signed-out = 로그아웃되었습니다.

account-title = 내 계정
account-language = 언어
account-language-browser = 브라우저 설정에 따름
account-language-hint = 모든 화면, 내려받는 파일, 안내 메시지가 이번 접속과 이후 접속에서 이 언어로 표시됩니다. 통화 시나리오는 원래 언어 그대로 표시됩니다.
notice-language-saved = 언어 설정을 저장했습니다.

password-change = 비밀번호 변경
password-one-time-notice = 임시 비밀번호로 로그인했습니다. 계속하려면 사용할 비밀번호를 새로 정하십시오.
password-current = 현재 비밀번호
password-new = 새 비밀번호
password-new-again = 새 비밀번호 확인
# $min: 허용되는 가장 짧은 비밀번호 길이
password-hint = { $min }자 이상이어야 합니다. 흔히 쓰이는 비밀번호나 이름을 이용한 비밀번호는 사용할 수 없습니다. 변경 후에는 다시 로그인하십시오.
password-current-wrong = 현재 비밀번호가 올바르지 않습니다.
password-new-differ = 새 비밀번호와 비밀번호 확인이 일치하지 않습니다.
password-same-as-current = 현재 비밀번호와 다른 비밀번호를 정하십시오.
password-too-short = 새 비밀번호: { $min }자 이상으로 입력하십시오.
password-too-long = 새 비밀번호: { $max }자 이하로 입력하십시오.
password-easy-to-guess = 새 비밀번호: 너무 쉽게 추측할 수 있습니다. 서로 관련 없는 단어를 이어 더 긴 문구로 만드십시오.

# $what: 찾으려 한 대상, 예: "user 3"
not-found-verbatim = 찾을 수 없음: { $what }
# $language: 요청된 언어 태그
account-language-unknown = civicall은 { $language } 언어를 지원하지 않습니다.
account-token-no-language = API 토큰에는 언어 설정이 없습니다. 대신 Accept-Language 헤더를 보내십시오.
account-token-no-password = API 토큰에는 비밀번호가 없습니다.

## 화면 낭독기만 읽는 표 머리글: 버튼과 링크, 또는 표시가 있는 열.
column-actions = 작업
column-marks = 표시

## 양식, 요청, 파일로 입력된 자유 텍스트: 이름, 명칭, 의견.
# $character: 거부된 문자 (U+XXXX 형식)
text-control-line = 한 줄의 일반 텍스트로 입력하십시오. 제어 문자({ $character }: 줄바꿈, 탭 등)가 들어 있습니다.
# $character: 거부된 문자 (U+XXXX 형식)
text-control-prose = 텍스트에서 제어 문자({ $character })를 지우십시오. 줄바꿈과 탭은 사용할 수 있습니다.
# $limit: 허용되는 최대 글자 수; $count: 입력된 글자 수
text-too-long = 여기에는 최대 { $limit }자까지 입력할 수 있습니다. 입력한 글은 { $count }자입니다.
