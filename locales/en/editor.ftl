# Nabo editors' pages — English (the default locale; every other locale has the same ids).
# For the people who keep the directory: editors, translators, coordinators, admins.

## Signing in and out

login-title = Sign in
login-intro = For the people who keep the directory: editors, translators and coordinators.
login-account = Account
login-password = Password
login-submit = Sign in
login-wrong = The account or the password is wrong.
login-throttled = { $minutes ->
    [one] Too many failed attempts. Try again in one minute.
   *[other] Too many failed attempts. Try again in { $minutes } minutes.
}
login-required = Please sign in to continue.
login-signed-out = You are signed out.
nav-editing = Editing
nav-sign-out = Sign out
editor-signed-in-as = Signed in as { $account } ({ $role })
role-admin = administrator
role-coordinator = coordinator
role-editor = editor
role-translator = translator

## Refusals

error-form-expired-title = The form could not be sent
error-form-expired-text = For your safety, a form is only accepted from the page it belongs to. Go back, reload the page and try again.
error-forbidden-title = Not allowed
error-forbidden-text = Your account may not do this. Editors change the resources of their own areas.
error-too-many-title = Too many requests
error-too-many-text = Please wait a moment and try again.

## The list of resources

editor-dashboard-title = Resources
editor-new-resource = New resource
editor-find-label = Find a resource by name or words
editor-find-button = Find
editor-area-label = Area
editor-all-areas = All areas
editor-count = { $count ->
    [0] No resources found
    [one] One resource
   *[other] { $count } resources
}
editor-col-name = Name
editor-col-area = Area
editor-col-categories = Categories
editor-edit = Edit
editor-page-previous = Previous
editor-page-next = Next
editor-archived-heading = Archived resources
editor-archived-none = Nothing is archived.
editor-archived-when = Archived on { $date } by { $account }

## Editing a resource

editor-new-title = New resource
editor-edit-title = Edit: { $name }
editor-version = Version { $version }, saved { $date }
editor-section-basics = About the service
editor-section-texts = Texts
editor-section-contact = Address and contact
editor-section-access = Opening hours and access
editor-texts-in = Texts in { $language }
editor-texts-source = the language the texts are first written in
editor-add-language = Add texts in another language
editor-choose-language = Choose a language
editor-field-id = Id
editor-field-id-hint = Lowercase letters, digits and hyphens, for example: jobcenter-aarhus. It cannot be changed later.
editor-field-area = Municipality or area
editor-field-categories = Kinds of help
editor-field-source-language = Language the texts are written in first
editor-field-name = Name
editor-field-summary = Summary (one sentence)
editor-field-description = Description
editor-field-access = How to get help
editor-field-street = Street and number
editor-field-postcode = Postcode
editor-field-city = Town
editor-field-country = Country code
editor-field-country-hint = Two capital letters, for example: DK
editor-field-lat = Latitude
editor-field-lon = Longitude
editor-field-phone = Phone
editor-field-email = Email
editor-field-website = Website
editor-field-opening-hours = Opening hours
editor-field-opening-hours-hint = In OpenStreetMap form, for example: Mo-Fr 09:00-15:00; PH off
editor-field-languages-spoken = Languages spoken at the service
editor-field-languages-spoken-hint = Language codes separated by commas, for example: da, ar, so
editor-field-attributes = Access
editor-field-record = The resource
editor-field-verified-at = Last checked
editor-create = Create
editor-save = Save
editor-archive = Archive
editor-restore = Restore
editor-history = History
editor-back = Back to the list
editor-view-public = Show the public page
editor-created = Created. The resource can be found in search now.
editor-saved = Saved as version { $version }. Search shows the change now.
editor-unchanged = Nothing was changed.
editor-archived = Archived. It is no longer found in search, and it can be restored.
editor-restored = Restored as version { $version }. It can be found in search again.
editor-errors-summary = { $count ->
    [one] The resource was not saved: please correct one problem.
   *[other] The resource was not saved: please correct { $count } problems.
}
editor-exists = A resource with this id exists already, or is archived. Choose another id, or restore the archived one.
problem-required = This is required.
problem-invalid = This value is not accepted.
problem-unknown = The directory does not know this value.
problem-duplicate = This is given twice.
problem-too-long = This is too long.

## Two people saving at once

editor-conflict-title = Someone else saved this resource while you were editing
editor-conflict-text = Your changes are not saved yet. Compare them with the saved version, then save again to keep yours, or reload to start from the saved version.
editor-conflict-field = Field
editor-conflict-yours = Your version
editor-conflict-saved = Saved version ({ $version })
editor-conflict-empty = (empty)
editor-conflict-reload = Start again from the saved version

## History

history-title = History: { $name }
history-version = Version { $version }
history-when = When
history-who = Who
history-kind-import = Imported
history-kind-edit = Edited
history-kind-archive = Archived
history-kind-restore = Restored
history-kind-revert = An earlier version brought back
history-kind-delete = Deleted
history-by-import = an import
history-field = Field
history-before = Before
history-after = After
history-no-changes = No field changed.
history-first = First version.
history-unknown = This version is older than the kept history.
history-revert = Bring this version back
history-current = Current version
history-reverted = Version { $old } was brought back as version { $version }.
history-kind-verify = Confirmed as correct

## Navigation of the editors' pages

nav-translations = Translations
nav-checking = Needs checking
nav-reports = Reports

## Translations

translations-title = Translations
translations-language-label = Translate into
translations-show = Show
translations-count = { $count ->
    [0] Nothing is missing or outdated.
    [one] One resource needs translating.
   *[other] { $count } resources need translating.
}
translations-col-resource = Resource
translations-col-missing = Missing
translations-col-outdated = Outdated
translations-col-views = Views
translations-translate = Translate
translations-export = Download what is missing as XLIFF
translations-export-from = Translate from
translations-import-heading = Bring translations back
translations-import-label = XLIFF file
translations-import-submit = Import
translations-imported = { $count ->
    [one] One translation was saved.
   *[other] { $count } translations were saved.
}
translations-untranslated = { $count ->
    [one] One text was left untranslated.
   *[other] { $count } texts were left untranslated.
}
translations-refused = These were not saved:
status-missing = missing
status-outdated = outdated
status-current = up to date
status-reviewed = reviewed
translate-title = Translate: { $name }
translate-into = Into { $language }
translate-source = Source text ({ $language })
translate-target = Translation ({ $language })
translate-status = Status: { $status }
translate-proposal = Proposed from the translation memory: check it before saving.
translate-save = Save translation
translate-review = Mark as reviewed
translate-saved = The translation is saved.
translate-reviewed = Marked as reviewed.
editor-translations-heading = Translations
editor-translate-into = Translate into { $language }

## Verification

editor-verify = Confirm that it is correct today
editor-verified = Confirmed as correct today.
editor-last-verified = Last confirmed on { $date }
editor-never-verified = Never confirmed
checking-title = Needs checking
checking-intro = { $months ->
    [one] Resources nobody has confirmed for a month, the oldest first.
   *[other] Resources nobody has confirmed for { $months } months, the oldest first.
}
checking-months = Not confirmed for how many months
checking-col-verified = Last confirmed
checking-col-by = By
checking-never = never
checking-none = Everything here has been confirmed recently.

## Reports from the field

reports-title = Reports from the field
reports-none = There are no open reports.
reports-col-resource = Resource
reports-col-category = What has changed
reports-col-note = Note
reports-col-date = Sent on
reports-resolve = Done
reports-dismiss = Dismiss
reports-closed = The report is closed.
report-category-closed = It has closed
report-category-moved = It has moved
report-category-hours = The opening hours are wrong
report-category-phone = The phone number is wrong
report-category-other = Something else
report-link = Has something changed? Tell us
report-title = Has something changed?
report-intro = Tell the editors what is no longer right about { $name }.
report-privacy = Do not write names or anything about the person you are helping.
report-category-label = What has changed?
report-note-label = Short note (optional)
report-note-hint = At most 280 characters. No names, phone numbers or personal details.
report-submit = Send
report-thanks = Thank you. The editors of this area will check it.
report-invalid = Choose what has changed, and keep the note to at most 280 characters.

## Accounts (for admins)

nav-accounts = Accounts
accounts-title = Accounts
accounts-col-login = Login
accounts-col-role = Role
accounts-col-scope = Areas or languages
accounts-col-state = State
accounts-active = active
accounts-disabled = disabled
accounts-disable = Disable
accounts-enable = Enable
accounts-reset = New password
accounts-new = New account
accounts-id = Login
accounts-id-hint = Lowercase letters, digits and hyphens, for example: amina-aarhus
accounts-role = Role
accounts-areas = Areas (for editors)
accounts-areas-hint = Choose one or more; an area includes the areas inside it.
accounts-languages = Languages (for translators)
accounts-create = Create account
accounts-password-for = The password for { $account }:
accounts-password-once = It is shown only now. Give it to the person in a safe way; they can sign in with it at once.
accounts-refused = The account was not saved.

## Partner sites' API keys (admins only)

nav-keys = Partner keys
keys-title = Partner sites' API keys
keys-intro = Municipalities and organisations that show Nabo's search on their own website need a key. A key works in browsers only on the web addresses listed for it, and only as often as its rate allows.
keys-issued-for = A new key for { $partner }:
keys-once = Copy it now and give it to the partner: it is shown only this once and cannot be seen again.
keys-embed = The partner pastes these two lines into its page:
keys-refused = The key was not created:
keys-none = There are no keys yet.
keys-col-name = Partner
keys-col-origins = Web addresses
keys-col-rate = Rate
keys-col-state = State
keys-per-minute = { $rate } per minute
keys-active = In use
keys-revoked = Revoked
keys-revoke = Revoke
keys-new = New key
keys-name = Partner (who the key is for)
keys-origins = Web addresses allowed to use the key
keys-origins-hint = Like https://kommune.example, separated by spaces or commas. Leave empty for a key used only from a server.
keys-rate = Requests per minute
keys-create = Create key
