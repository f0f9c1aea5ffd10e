import Foundation
import GovSimCLI

exit(GovSimCommandLine.main(Array(CommandLine.arguments.dropFirst())))
