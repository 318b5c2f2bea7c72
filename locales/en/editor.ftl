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
