#!/usr/bin/env bash
# Make a throwaway SoftHSM2 token with a test CA-issued signing certificate.
#
#   tools/test_token.sh DIR
#
# Everything lives in DIR (created if missing; an existing token in DIR is
# wiped). Nothing global is touched: SoftHSM2 reads DIR/softhsm2.conf through
# the SOFTHSM2_CONF variable, which the caller must export before loading the
# module (it is printed below).
#
# Needs (Debian 12): apt-get install softhsm2 opensc openssl
#   (+ libnss3-tools for the optional NSS database used by pdfsig)
#
# Prints KEY=VALUE lines on stdout (diagnostics go to stderr):
#   SOFTHSM2_CONF, EMUDESK_PKCS11_MODULE, EMUDESK_PKCS11_SLOT (index in
#   C_GetSlotList, as pyHanko's slot_no), EMUDESK_PKCS11_SLOT_ID (the raw
#   PKCS#11 slot id), EMUDESK_PKCS11_TOKEN_LABEL, EMUDESK_PKCS11_PIN,
#   EMUDESK_PKCS11_KEY_LABEL (RSA-2048), EMUDESK_PKCS11_EC_KEY_LABEL (P-256),
#   EMUDESK_TEST_CA (PEM file to trust), EMUDESK_TEST_CA_KEY (to make CRLs in tests),
#   EMUDESK_TEST_SIGNER_CERT / EMUDESK_TEST_EC_SIGNER_CERT (the signers' own certificates),
#   EMUDESK_TEST_NSSDB (an NSS database trusting the test CA, for pdfsig -nssdir sql:DIR).
#
# EMUDESK_PKCS11_SLOT is the token's index in the driver's slot list (pyHanko's slot_no);
# emudesk finds the token by EMUDESK_PKCS11_TOKEN_LABEL and uses the index only without one.
# Used by the tests (tests/token_fixtures.py) and CI; docs/signatures.md explains it.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
DIR=$(realpath -m -- "$1")
MODULE=${EMUDESK_SOFTHSM2_MODULE:-/usr/lib/softhsm/libsofthsm2.so}
TOKEN_LABEL=emudesk-test
PIN=123456
SO_PIN=12345678
RSA_LABEL=emudesk-signer
EC_LABEL=emudesk-signer-ec

for tool in softhsm2-util pkcs11-tool openssl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install softhsm2 opensc openssl)" >&2; exit 1; }
done
[ -e "$MODULE" ] || { echo "missing PKCS#11 module $MODULE" >&2; exit 1; }

mkdir -p "$DIR"
rm -rf "$DIR/tokens" "$DIR/pki" "$DIR/nssdb"
mkdir -p "$DIR/tokens" "$DIR/pki"
chmod 700 "$DIR/tokens" "$DIR/pki"

cat >"$DIR/softhsm2.conf" <<CONF
directories.tokendir = $DIR/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
CONF
export SOFTHSM2_CONF="$DIR/softhsm2.conf"

# ---------------------------------------------------------------- test PKI
P="$DIR/pki"
cat >"$P/ca.cnf" <<'CNF'
[req]
distinguished_name = dn
string_mask = utf8only
utf8 = yes
[dn]
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[signer_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection, clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
# as Vietnamese CAs' certificates declare their CRL (never fetched: .invalid does not resolve;
# emudesk checks revocation against imported CRL files only)
crlDistributionPoints = URI:http://crl.emudesk-test.invalid/ca.crl
CNF

# Root CA (file key: it never goes on the token)
openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 3650 \
    -config "$P/ca.cnf" -extensions ca_ext \
    -subj "/C=VN/O=Emudesk Test CA/CN=Emudesk Test Root CA" \
    -keyout "$P/ca.key" -out "$P/ca.pem" 2>/dev/null

# Signer keys (made here, then imported; a real token generates them on-chip)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$P/signer-rsa.key" 2>/dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$P/signer-ec.key" 2>/dev/null

SUBJ="/C=VN/ST=Hà Nội/O=Sở Nội vụ tỉnh Thử nghiệm/OU=Ban Thi đua - Khen thưởng/CN=Nguyễn Văn Thử"
serial=1000
for kind in rsa ec; do
    serial=$((serial + 1))
    openssl req -new -config "$P/ca.cnf" -key "$P/signer-$kind.key" -subj "$SUBJ" -out "$P/signer-$kind.csr"
    openssl x509 -req -in "$P/signer-$kind.csr" -CA "$P/ca.pem" -CAkey "$P/ca.key" \
        -set_serial "$serial" -days 730 -sha256 \
        -extfile "$P/ca.cnf" -extensions signer_ext -out "$P/signer-$kind.pem" 2>/dev/null
    openssl x509 -in "$P/signer-$kind.pem" -outform DER -out "$P/signer-$kind.der"
    # PKCS#8 DER private key for pkcs11-tool --write-object
    openssl pkcs8 -topk8 -nocrypt -in "$P/signer-$kind.key" -outform DER -out "$P/signer-$kind.p8.der"
    openssl pkey -in "$P/signer-$kind.key" -pubout -outform DER -out "$P/signer-$kind.pub.der"
done
openssl x509 -in "$P/ca.pem" -outform DER -out "$P/ca.der"

# ------------------------------------------------------------------ token
softhsm2-util --init-token --free --label "$TOKEN_LABEL" \
    --so-pin "$SO_PIN" --pin "$PIN" >&2

P11=(pkcs11-tool --module "$MODULE" --token-label "$TOKEN_LABEL" --login --pin "$PIN")
imp() {  # file type id label [extra...]
    local f=$1 t=$2 id=$3 label=$4; shift 4
    "${P11[@]}" --write-object "$f" --type "$t" --id "$id" --label "$label" "$@" >/dev/null
}
# RSA-2048: id 01     EC P-256: id 02     CA cert: id ca (not needed by pyHanko)
imp "$P/signer-rsa.p8.der"  privkey 01 "$RSA_LABEL" --usage-sign
imp "$P/signer-rsa.pub.der" pubkey  01 "$RSA_LABEL"
imp "$P/signer-rsa.der"     cert    01 "$RSA_LABEL"
imp "$P/signer-ec.p8.der"   privkey 02 "$EC_LABEL" --usage-sign
imp "$P/signer-ec.pub.der"  pubkey  02 "$EC_LABEL"
imp "$P/signer-ec.der"      cert    02 "$EC_LABEL"
imp "$P/ca.der"             cert    ca "Emudesk Test Root CA"

# The private keys exist only on the token from here on.
rm -f "$P"/signer-*.key "$P"/signer-*.p8.der "$P"/signer-*.csr

# Slot: pyHanko's slot_no is the index in C_GetSlotList; SoftHSM2 moves an
# initialised token to a new random slot id, so report both.
SLOT_ID=$(softhsm2-util --show-slots | awk -v want="$TOKEN_LABEL" '
    /^Slot [0-9]+/ {slot=$2}
    /Label:/ { sub(/^[ \t]*Label:[ \t]*/, ""); sub(/[ \t]+$/, ""); if ($0 == want) {print slot; exit} }')
SLOT_HEX=$(printf '0x%x' "$SLOT_ID")
SLOT_INDEX=$(pkcs11-tool --module "$MODULE" --list-slots 2>/dev/null |
    sed -n "s/^Slot \([0-9]\+\) ($SLOT_HEX).*/\1/p")
[ -n "$SLOT_ID" ] && [ -n "$SLOT_INDEX" ] || { echo "token $TOKEN_LABEL not found" >&2; exit 1; }

# ---------------------------------------------------- NSS db for pdfsig
NSSDB=""
if command -v certutil >/dev/null; then
    NSSDB="$DIR/nssdb"
    mkdir -p "$NSSDB"
    certutil -N -d "sql:$NSSDB" --empty-password
    certutil -A -d "sql:$NSSDB" -n "Emudesk Test Root CA" -t "CT,C,C" -i "$P/ca.pem"
fi

echo "SOFTHSM2_CONF=$SOFTHSM2_CONF"
echo "EMUDESK_PKCS11_MODULE=$MODULE"
echo "EMUDESK_PKCS11_SLOT=$SLOT_INDEX"
echo "EMUDESK_PKCS11_SLOT_ID=$SLOT_ID"
echo "EMUDESK_PKCS11_TOKEN_LABEL=$TOKEN_LABEL"
echo "EMUDESK_PKCS11_PIN=$PIN"
echo "EMUDESK_PKCS11_KEY_LABEL=$RSA_LABEL"
echo "EMUDESK_PKCS11_EC_KEY_LABEL=$EC_LABEL"
echo "EMUDESK_TEST_CA=$P/ca.pem"
echo "EMUDESK_TEST_CA_KEY=$P/ca.key"
echo "EMUDESK_TEST_SIGNER_CERT=$P/signer-rsa.pem"
echo "EMUDESK_TEST_EC_SIGNER_CERT=$P/signer-ec.pem"
echo "EMUDESK_TEST_NSSDB=$NSSDB"
