-- Run by headless Neovim after an init.lua that starts `tamer-lint lsp` for Markdown buffers (the
-- Neovim 0.7 snippet of docs/editors.md): opens one file, waits for its diagnostics and writes
-- them as JSON. TAMER_LSP_FILE names the file, TAMER_LSP_OUT the result.
local file = os.getenv('TAMER_LSP_FILE')
local out = os.getenv('TAMER_LSP_OUT')

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()

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

local clients = {}
for _, client in pairs(vim.lsp.buf_get_clients(buffer)) do
  table.insert(clients, client.name)
end

local handle = assert(io.open(out, 'w'))
handle:write(vim.fn.json_encode({
  arrived = arrived,
  filetype = vim.bo[buffer].filetype,
  clients = clients,
  version = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor),
  diagnostics = diagnostics,
}))
handle:close()

vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.wait(5000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qall!')
