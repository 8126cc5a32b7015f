#!/usr/bin/env bash
# Refresh the catalogues from the code: new strings arrive unfinished, removed ones go.
# The wizard area (records and registration windows) keeps source locations; the shell area does not.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-.venv/bin/pyside6-lupdate}
wizard=(desktop/ui/record_dialog.py desktop/ui/record_centre.py desktop/ui/record_windows.py desktop/ui/records_model.py
        desktop/ui/records_view.py desktop/ui/wizard/*.py)
shell=()
for file in desktop/ui/*.py; do
    [[ " ${wizard[*]} " == *" $file "* ]] || shell+=("$file")
done
for language in id en; do
    "$lupdate" -extensions py -no-obsolete "${wizard[@]}" -ts "resources/translations/wizard_$language.ts"
    "$lupdate" -locations none -extensions py -no-obsolete "${shell[@]}" -ts "resources/translations/shell_$language.ts"
done
echo "Now translate every entry marked unfinished, then: python -m desktop.ui.translations"
