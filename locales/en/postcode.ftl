## Searching by postcode: the search page's postcode field and its results.
## Variables: $postcode (4 digits) and $town (the postal town, in Danish) are filled in by the app.

# The field's label.
postcode-label = Postcode
# Below the field.
postcode-hint = 4 digits, e.g. 8000. Shows help in the municipalities the postcode covers, nearest first.
# Beside the field when the postcode is not 4 digits or not a postcode of the directory.
postcode-error = We do not know the postcode { $postcode }. A postcode has 4 digits, e.g. 8000.
# Above the results of a search by postcode, e.g. "Near postcode 8220 Brabrand".
postcode-searched = Near postcode { $postcode } { $town }
