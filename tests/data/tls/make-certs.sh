#!/bin/sh
# Test certificates for the TLS probe tests, written into the directory given as $1:
#   ca.pem                   a private CA (the test trusts it for the run)
#   good.pem / good.key      localhost, signed by the CA, valid for 60 days
#   expired.pem / expired.key localhost, signed by the CA, expired in 2025
# Made fresh for every run, so no certificate in the repository can expire.
set -eu
cd "$1"
cat > ca.cnf <<'CNF'
[ ca ]
default_ca = test_ca
[ test_ca ]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
email_in_dn = no
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
CNF
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > leaf.ext
: > index.txt
echo 1000 > serial
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -subj "/CN=Watchfloor Test CA" \
    -keyout ca.key -out ca.pem 2>/dev/null
leaf() { # name startdate enddate
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
        -keyout "$1.key" -out "$1.csr" 2>/dev/null
    openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in "$1.csr" -out "$1.pem" -notext \
        -startdate "$2" -enddate "$3" -extfile leaf.ext 2>/dev/null
}
now=$(date -u -d '-1 hour' +%Y%m%d%H%M%SZ)
later=$(date -u -d '+60 days' +%Y%m%d%H%M%SZ)
leaf good "$now" "$later"
leaf expired 20250101000000Z 20250201000000Z
