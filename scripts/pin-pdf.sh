# Sourced by the scripts that render PDFs from sources kept in the repo
# (fixtures/make-docs.sh, fixtures/corpus/render.sh,
# extract/testdata/pdf/make-tables.sh), so re-renders on the same tool
# versions give the same bytes. Needs perl and md5sum.
#
# pin_pdf FILE DATE SOURCE: sets /CreationDate and /ModDate to DATE
# (YYYYMMDDHHMMSS) and the trailer /ID (and LibreOffice's /DocChecksum) to the
# MD5 of SOURCE, without changing the file's length.
pin_pdf() {
	local pdf=$1 date=$2 src=$3 id before after
	id=$(md5sum "$src" | cut -c1-32 | tr 'a-f' 'A-F')
	before=$(stat -c %s "$pdf")
	D=$date ID=$id perl -0777 -pi -e '
		s{(/(?:CreationDate|ModDate)\s*\(D:)\d{14}}{$1$ENV{D}}g;
		s{(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}>}{$1$ENV{ID}$2$ENV{ID}>}g;
		s{(/DocChecksum\s*/)[0-9A-Fa-f]{32}}{$1$ENV{ID}}g;
	' "$pdf"
	after=$(stat -c %s "$pdf")
	if [ "$before" != "$after" ]; then
		echo "pin-pdf.sh: pinning metadata changed the length of $pdf" >&2
		exit 1
	fi
}
