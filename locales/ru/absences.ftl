## Отсутствия сотрудников: импортируются из файла CSV и показываются на
## странице сотрудника; звонки, сделанные в день отсутствия, аннулируются
## (сохраняются и показываются, но нигде не учитываются).

# $value: табельный номер из файла
absence-unknown-staff = Сотрудника с табельным номером «{ $value }» нет.
# $value: значение из файла
absence-day-invalid = «{ $value }» — не дата в формате 2026-11-03.
absence-last-before-first = Последний день раньше первого.
# $days: наибольшая продолжительность отсутствия в одной строке
absence-too-long = Отсутствие в одной строке может длиться не более { $days ->
    [one] { $days } дня
    [few] { $days } дней
    [many] { $days } дней
   *[other] { $days } дня
  }; разбейте его на несколько строк.
# $value: значение из файла; $kinds: допустимые виды отсутствия
absence-kind-unknown = «{ $value }» — не вид отсутствия; укажите одно из значений: { $kinds }.

## Виды отсутствия, по значению: absence-kind-<value>.
absence-kind-leave = отпуск
absence-kind-sick = больничный
absence-kind-trip = командировка
absence-kind-training = обучение
absence-kind-other = иное отсутствие

## Загрузка на странице справочника сотрудников и страница сотрудника.
roster-upload-absences = Отсутствия (отпуска, больничные, командировки, обучение)
# $columns: столбцы файла; $kinds: виды отсутствия
roster-upload-absences-hint = Файл отсутствий содержит столбцы { $columns }; kind — одно из значений { $kinds }; пустой last_day означает один день. В дни отсутствия сотруднику не звонят: запланированные звонки переносятся на другой день, а оценочный звонок, уже сделанный в такой день, аннулируется и заменяется новым.
# $file: имя файла
roster-upload-absences-done = Файл { $file } загружен. Добавлено: { $created ->
    [one] { $created } отсутствие
    [few] { $created } отсутствия
    [many] { $created } отсутствий
   *[other] { $created } отсутствия
  }, уже известно: { $unchanged ->
    [one] { $unchanged } отсутствие
    [few] { $unchanged } отсутствия
    [many] { $unchanged } отсутствий
   *[other] { $unchanged } отсутствия
  }; перенесено: { $moved ->
    [one] { $moved } запланированный звонок
    [few] { $moved } запланированных звонка
    [many] { $moved } запланированных звонков
   *[other] { $moved } запланированного звонка
  }, аннулировано: { $voided ->
    [one] { $voided } оценка
    [few] { $voided } оценки
    [many] { $voided } оценок
   *[other] { $voided } оценки
  }, запланировано взамен: { $replacements ->
    [one] { $replacements } звонок
    [few] { $replacements } звонка
    [many] { $replacements } звонков
   *[other] { $replacements } звонка
  }.
roster-absences = Отсутствия
roster-absence-days = Дни
roster-absence-kind = Вид
roster-absence-note = Примечание
roster-absences-none = Отсутствия не зарегистрированы.

## Карточка результатов: оценки, аннулированные из-за отсутствия.
scorecard-voided-heading = Аннулированные оценки
scorecard-voided-hint = Звонки, сделанные в дни, когда сотрудник отсутствовал. Они хранятся здесь и нигде не учитываются; взамен каждого запланирован новый звонок.
scorecard-voided-reason = Причина
# $kind: вид отсутствия; $from, $to: его первый и последний день
scorecard-voided-absent = Отсутствие ({ $kind }) { $from } – { $to }
