## Staff absences: imported as a CSV file, shown on a person's page; calls
## made on a day away are voided (kept, shown, counted nowhere).

# $value: the employee number in the file
absence-unknown-staff = There is no staff member with employee number “{ $value }”.
# $value: what the file gives
absence-day-invalid = “{ $value }” is not a day like 2026-11-03.
absence-last-before-first = The last day is before the first day.
# $days: the longest absence one row may give
absence-too-long = An absence on one row may last at most { $days } days; split it over several rows.
# $value: what the file gives; $kinds: the kinds it may give
absence-kind-unknown = “{ $value }” is not a kind of absence; use one of: { $kinds }.

## Kinds of absence, shown by value: absence-kind-<value>.
absence-kind-leave = leave
absence-kind-sick = sick leave
absence-kind-trip = business trip
absence-kind-training = training
absence-kind-other = other absence

## The roster page's upload, and a person's page.
roster-upload-absences = Absences (leave, sick leave, trips, training)
# $columns: the file's columns; $kinds: the kinds of absence
roster-upload-absences-hint = An absences file has the columns { $columns }; kind is one of { $kinds }; an empty last day means one day. Nobody is called on a day they are away: planned calls move to another day, and an evaluation call already made on such a day is voided and replaced.
# $file: the file's name
roster-upload-absences-done = { $file } uploaded: { $created } absences added, { $unchanged } already known; { $moved } planned calls moved, { $voided } evaluations voided, { $replacements } replacement calls planned.
roster-absences = Absences
roster-absence-days = Days
roster-absence-kind = Kind
roster-absence-note = Note
roster-absences-none = No absences recorded.

## The scorecard: evaluations voided by an absence.
scorecard-voided-heading = Voided evaluations
scorecard-voided-hint = Calls made on a day the person was away. They are kept here and counted nowhere; a replacement call was planned for each.
scorecard-voided-reason = Why
# $kind: the kind of absence; $from, $to: its first and last day
scorecard-voided-absent = Away ({ $kind }) { $from } – { $to }
