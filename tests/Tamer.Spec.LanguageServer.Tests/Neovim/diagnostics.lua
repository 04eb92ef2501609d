-- Headless Neovim (0.7 or later) as a real client of `tamer-lint lsp`: starts the server with
-- vim.lsp.start_client, opens one file, waits for its diagnostics and writes them as JSON.
-- Inputs come from the environment: TAMER_LSP_COMMAND (a JSON array), TAMER_LSP_ROOT,
-- TAMER_LSP_FILE and TAMER_LSP_OUT.
local command = vim.fn.json_decode(os.getenv('TAMER_LSP_COMMAND'))
local root = os.getenv('TAMER_LSP_ROOT')
local file = os.getenv('TAMER_LSP_FILE')
local out = os.getenv('TAMER_LSP_OUT')

local function write(result)
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
end

local client_id = vim.lsp.start_client({
  name = 'tamer-lint',
  cmd = command,
  cmd_cwd = root,
  root_dir = root,
})
if not client_id then
  write({ error = 'the server did not start' })
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buffer, client_id)

local arrived = vim.wait(90000, function()
  return #vim.diagnostic.get(buffer) > 0
end, 50)

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buffer)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, {
    code = d.code or lsp.code,
    lnum = d.lnum,
    col = d.col,
    message = d.message,
    severity = d.severity,
  })
end

write({ arrived = arrived, version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor), diagnostics = diagnostics })
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qall!')
