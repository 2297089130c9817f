## Рабочее место эксперта-оценщика, калибровка оценщиков и отказы при оценке.
## Названия критериев, этапов, уровни шкал и пояснения берутся из сценария
## звонка на его собственном языке и в этот файл не входят.

## Уровни итогового балла (src/grading/scoring.rs Band), по значению: band-<value>.
band-excellent = отлично
band-good = хорошо
band-needs_improvement = требует улучшения

## Страница рабочего места.

desk-title = Оценка звонков
# $id: номер задания
desk-task-number = Задание { $id }
desk-kind-first = оценка
desk-kind-second = повторная слепая оценка
desk-kind-adjudication = арбитраж: оценки двух экспертов разошлись
# $seconds: секунды от первого гудка до ответа, уже отформатированные; $count: число гудков
desk-answered-after = ответ через { $seconds } с ({ $count ->
    [one] { $count } гудок
    [few] { $count } гудка
    [many] { $count } гудков
   *[other] { $count } гудка
  })
# $seconds: секунды от первого гудка до ответа, уже отформатированные
desk-answered-after-seconds = ответ через { $seconds } с
desk-answered-unknown = ответ через —
# $time: время, например 14:05:30
desk-held-until = закреплено за вами до { $time }

desk-recording = Запись разговора
desk-play = Воспроизвести
desk-pause = Пауза
desk-play-title = Воспроизведение или пауза (Пробел)
desk-back = −5 с
desk-back-title = Назад на 5 секунд (←)
desk-speed = Скорость
desk-waveform = Звуковая дорожка: вверху — звонящий, внизу — сотрудник
desk-stages = Этапы звонка: переход к началу каждого
desk-keys-hint = Клавиши: Пробел — воспроизведение/пауза · ← — назад на 5 с · 1–5 — оценить выделенный критерий · N — неприменимо · ↑/↓ — переход между критериями · [ ] — медленнее/быстрее

desk-measured = Измеренные показатели
desk-measured-title = Измерено по звонку автоматически
desk-measured-yes = да
desk-measured-no = нет
desk-measured-unknown = неизвестно

desk-critical = ключевой
desk-critical-title = Невыполнение этого критерия означает неудовлетворительную оценку всего звонка
# $weight: вес критерия в итоговом балле
desk-weight = вес { $weight }
desk-level-yes = да
desk-level-no = нет
desk-not-applicable = неприменимо
desk-item-comment = Комментарий (необязательно)
desk-call-comment = Комментарий ко всему звонку
desk-submit = Отправить оценки
desk-release-label = Причина возврата задания
desk-release-choose = Вернуть, потому что…
desk-release = Вернуть задание
desk-submitted = Отправлено
desk-next-task = Следующее задание

## Почему оценщик возвращает задание (src/grading/desk.rs RELEASE_REASONS):
## desk-release-reason-<сохраняемое значение>.
desk-release-reason-bad_audio = плохое качество звука
desk-release-reason-wrong_number = неверный номер
desk-release-reason-not_evaluation_call = это не оценочный звонок
desk-release-reason-knows_person = я знаю этого сотрудника

## Сообщения сценария рабочего места во время работы оценщика.

# $time: время сохранения черновика
desk-draft-saved = Черновик сохранён в { $time }
desk-draft-not-saved = Черновик не сохранён
# $items: названия критериев без ответа через точку с запятой
desk-still-open = Оцените каждый критерий или, где это допускается, отметьте его как неприменимый. Не оценены: { $items }
desk-not-accepted = Оценки не приняты.
# $total: итоговый балл звонка из 100, уже отформатированный; $band: его уровень, например «отлично»
desk-result = Итог: { $total } ({ $band }).
# $total: итоговый балл звонка из 100, уже отформатированный; $band: его уровень, например «требует улучшения»
desk-result-critical-failed = Итог: { $total } ({ $band }). Не выполнен ключевой критерий.
desk-release-choose-reason = Выберите причину возврата задания.
desk-release-failed = Не удалось вернуть задание.
desk-hold-lost = Задание больше не закреплено за вами. Возьмите следующее задание.

## Рабочее место, когда ожидающих заданий нет.

desk-empty = Сейчас нет звонков, ожидающих вашей оценки. Новые записи поступают по мере выполнения звонков; проверьте позже.
desk-check-again = Проверить снова

## Калибровка оценщиков.

calibration-title = Калибровка экспертов-оценщиков
calibration-agreement = Согласованность по звонкам с двойной оценкой
# $count: сколько звонков оценили два оценщика
calibration-double-graded = { $count ->
    [one] { $count } звонок оценён двумя оценщиками.
    [few] { $count } звонка оценены двумя оценщиками.
    [many] { $count } звонков оценено двумя оценщиками.
   *[other] { $count } звонка оценены двумя оценщиками.
  }
calibration-figure = Показатель
calibration-value = Значение
calibration-calls = Звонки
calibration-icc = Итоговые баллы: внутриклассовая корреляция ICC(2,1)
calibration-alpha-interval = Итоговые баллы: альфа Криппендорфа (интервальная)
# $points: допустимое расхождение двух итоговых баллов, в баллах
calibration-within-points = Итоговые баллы расходятся не более чем на { $points } б.
calibration-script = Сценарий
calibration-item = Критерий
calibration-alpha-ordinal = Альфа (порядковая)
calibration-kappa = Взвешенная каппа
calibration-no-double-graded = Звонков с двойной оценкой пока нет.
calibration-graders = Эксперты-оценщики
calibration-grader = Оценщик
calibration-sheets = Оценочные листы
calibration-median-time = Медианное время на задание
calibration-leniency = Мягкость
calibration-final-calls = Итоговые звонки
calibration-adjudications = Арбитражи
# $minutes: число минут, уже отформатированное
calibration-minutes = { $minutes } мин
calibration-no-sheets = Оценочных листов пока нет.
calibration-leniency-hint = Мягкость — это средняя разница между итоговыми баллами оценщика и окончательными баллами тех же звонков: положительное значение означает, что оценщик ставит выше окончательного результата.

## Отказы рабочего места и его API.

# $id: номер задания
grading-not-found-held-task = Задание { $id } не закреплено за вами: оно не ваше или срок закрепления истёк.
# $id: номер задания
grading-not-found-evaluation = Оценка по заданию { $id } не найдена.
# $id: номер задания
grading-not-found-audio = Запись разговора по заданию { $id } не найдена.
# $id: номер записи
grading-not-found-recording = Запись { $id } не найдена.
# $id: номер записи
grading-recording-unsafe-path = У записи { $id } небезопасный путь к файлу, она не выдаётся.
grading-hold-ended = задание больше не закреплено за вами; возьмите следующее
grading-release-reason-missing = укажите причину возврата задания (плохое качество звука, неверный номер …)
grading-draft-too-large = черновик слишком большой
# $items: ключи критериев без ответа через запятую
grading-not-answered = ещё не оценены: { $items }
# $item: ключ критерия в сценарии звонка
grading-item-not-graded = критерий «{ $item }» не оценивается экспертом
# $item: ключ критерия в сценарии звонка
grading-item-missing = у критерия «{ $item }» нет ответа; каждый критерий листа нужно оценить (или отметить «неприменимо», если это допускается)
# $item: ключ критерия в сценарии звонка
grading-item-unknown = критерия «{ $item }» нет в оценочном листе этого сценария
# $item: ключ критерия в сценарии звонка; $value: указанное значение; $min и $max: границы его шкалы
grading-item-out-of-scale = критерий «{ $item }»: значения { $value } нет на шкале; укажите значение от { $min } до { $max }
# $item: ключ критерия в сценарии звонка
grading-item-na-not-allowed = критерий «{ $item }» нельзя отметить как «неприменимо»; поставьте оценку
# $item: ключ критерия в сценарии звонка
grading-item-duplicate = критерий «{ $item }» оценён более одного раза
# $field: название поля оператора связи
grading-carrier-field-missing = В уведомлении оператора связи о записи отсутствует поле { $field }.
# $field: название поля оператора связи; $value: переданное значение
grading-carrier-field-not-number = { $field }: «{ $value }» — не число.
