#pragma once

#include "target/ClientRecord.h"

namespace SshDoctor {

class JsonCursor;

// The report's `client` object (ClientRecordJson) read back, field by field, for ReportJsonReader.
class ClientRecordJsonReader
{
public:
    static ClientRecord read(const JsonCursor& client);
    static SshClientSettings readSettings(const JsonCursor& settings);
};

} // namespace SshDoctor
