-- Drives Neovim 0.7's built-in LSP client against policy-review-server on the
-- essay given on the command line, and prints what a user would see:
--   DIAGNOSTIC line:col code |underlined text| message
--                                        (1-based byte columns, as Neovim counts them)
--   HOVER text                           (the hover on the first [9], on one line)
--   DONE
-- Exits non-zero when anything does not arrive in time.
local server = os.getenv('POLICY_REVIEW_SERVER')
local node = os.getenv('POLICY_REVIEW_NODE') or 'node'

local function fail(message)
  io.stdout:write('FAILED ' .. message .. '\n')
  vim.cmd('cquit 1')
end

if not server then fail('POLICY_REVIEW_SERVER is not set') end

local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'policy-review',
  cmd = { node, server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  settings = { policyReview = {} },
})
if not client_id then fail('the language server did not start') end
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  fail('no diagnostics within 15 s')
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  local underlined = ''
  if d.end_lnum == d.lnum then
    underlined = string.sub(vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or '', d.col + 1, d.end_col)
  end
  io.stdout:write(string.format('DIAGNOSTIC %d:%d %s |%s| %s\n', d.lnum + 1, d.col + 1, code, underlined, d.message))
end

-- The first [9] in the body, as a 0-based line and UTF-16 character.
local line_index, byte_col
for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local at = string.find(text, '[9]', 1, true)
  if at then
    line_index, byte_col = i - 1, at
    break
  end
end
if not line_index then fail('no [9] in the essay') end
local line_text = vim.api.nvim_buf_get_lines(buf, line_index, line_index + 1, false)[1]
local character = vim.str_utfindex(line_text, byte_col)

local results = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = line_index, character = character },
}, 10000)
local shown = false
for _, response in pairs(results or {}) do
  local contents = response.result and response.result.contents
  if contents and contents.value then
    io.stdout:write('HOVER ' .. contents.value:gsub('%s+', ' ') .. '\n')
    shown = true
  end
end
if not shown then fail('no hover on [9]') end

io.stdout:write('DONE\n')
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
