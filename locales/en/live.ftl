# Live updates: other people's changes as they happen (PORTOS's notification hub).
shell-live-off = Live updates off
live-list-changed =
    { $count ->
        [one] { $count } customer changed
       *[other] { $count } customers changed
    }
live-show-changes = Show changes
# $name: who; $time: when (hours and minutes).
live-changed-by = { $name } changed this customer at { $time }.
live-changed-by-someone = Someone changed this customer at { $time }.
live-deleted-by = { $name } deleted this customer at { $time }.
live-deleted-by-someone = Someone deleted this customer at { $time }.
live-form-changed = { $name } saved this customer at { $time }. For each field they changed, choose what to keep.
live-form-changed-someone = Someone saved this customer at { $time }. For each field they changed, choose what to keep.
live-form-hidden = They changed only what this form does not show. “Take theirs” starts your form from their version and keeps what you typed.
live-form-rebased = All chosen: your form now starts from their version, and Save keeps your choices.
live-form-deleted = { $name } deleted this customer at { $time }. Saving creates it again with what the form holds.
live-form-deleted-someone = Someone deleted this customer at { $time }. Saving creates it again with what the form holds.
live-theirs = Theirs: { $value }
live-yours = Yours: { $value }
live-empty = (empty)
live-cards = { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }
live-take-theirs = Take theirs
live-keep-mine = Keep mine
live-kept-theirs = Took theirs
live-kept-mine = Kept mine
