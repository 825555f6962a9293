// 公告管理 (operators): announcements with create / edit / delete,
// 发布 / 撤回 and 置顶 / 取消置顶.
import { ref, reactive } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, serverErrors, errorMessage } from '../api.js'
import { session } from '../store.js'
import { useList } from '../list.js'
import { fmtDate, textToHtml as toHtml, htmlToText as toText } from '../util.js'
import ListPager from '../components/ListPager.js'

export default {
  name: 'AnnouncementsAdminPage',
  components: { ListPager },
  setup() {
    const dlg = reactive({ open: false, id: '', title: '', summary: '', category: '通知', content: '', published: false, pinned: false })
    const saving = ref(false)
    const { errors, apply, clear } = serverErrors()
    const list = useList({
      filters: { q: '' },
      sort: '-pinned,-published_at,-created',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => pb.collection('announcements').getList(page, perPage, { sort, filter: f.q ? pb.filter('title ~ {:q}', { q: f.q }) : '' }),
    })
    list.load()
    const load = list.load
    const open = (a) => {
      clear()
      if (a) Object.assign(dlg, { open: true, id: a.id, title: a.title, summary: a.summary, category: a.category, content: toText(a.content), published: a.published, pinned: a.pinned })
      else Object.assign(dlg, { open: true, id: '', title: '', summary: '', category: '通知', content: '', published: false, pinned: false })
    }
    const save = async () => {
      clear()
      if (!dlg.title.trim()) return (errors.title = '请输入公告标题')
      saving.value = true
      try {
        const body = { title: dlg.title.trim(), summary: dlg.summary, category: dlg.category, content: toHtml(dlg.content), published: dlg.published, pinned: dlg.pinned }
        const prev = list.items.find((x) => x.id === dlg.id)
        if (dlg.published && !prev?.published_at) body.published_at = new Date().toISOString()
        if (dlg.id) await pb.collection('announcements').update(dlg.id, body)
        else await pb.collection('announcements').create({ ...body, author: session.user.id })
        ElMessage.success('已保存')
        dlg.open = false
        load()
      } catch (e) {
        ElMessage.error(apply(e, '保存失败'))
      } finally {
        saving.value = false
      }
    }
    const patch = async (a, body, ok) => {
      try {
        await pb.collection('announcements').update(a.id, body)
        ElMessage.success(ok)
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e))
      }
    }
    const publish = (a) => patch(a, a.published ? { published: false } : { published: true, published_at: a.published_at || new Date().toISOString() }, a.published ? '已撤回' : '已发布')
    const pin = (a) => patch(a, { pinned: !a.pinned }, a.pinned ? '已取消置顶' : '已置顶')
    const remove = async (a) => {
      if (!(await ElMessageBox.confirm(`确认删除公告“${a.title}”？`, '删除公告', { type: 'warning' }).catch(() => false))) return
      try {
        await pb.collection('announcements').delete(a.id)
        ElMessage.success('已删除')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '删除失败'))
      }
    }
    return { view: (a) => window.open('/notices/' + a.id, '_blank'), list, f: list.filters, dlg, saving, errors, load, open, save, publish, pin, remove, fmtDate }
  },
  template: `
  <div class="panel" data-test="announcements-admin">
    <div class="panel-title"><h3>公告管理</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-input v-model="f.q" placeholder="公告标题" clearable style="width:200px" @keyup.enter="list.search" @clear="list.search" />
        <el-button @click="list.search">查询</el-button>
        <el-button type="primary" @click="open(null)" data-test="ann-new">新建公告</el-button>
      </div>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无公告" data-test="ann-table" @sort-change="list.sortChange">
      <el-table-column label="标题" min-width="260" show-overflow-tooltip><template #default="{row}"><el-tag v-if="row.pinned" size="small" type="danger" style="margin-right:4px">置顶</el-tag>{{ row.title }}</template></el-table-column>
      <el-table-column label="分类" prop="category" width="90" />
      <el-table-column label="状态" width="90"><template #default="{row}"><el-tag size="small" :type="row.published ? 'success' : 'info'">{{ row.published ? '已发布' : '未发布' }}</el-tag></template></el-table-column>
      <el-table-column label="发布时间" prop="published_at" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.published_at) || '—' }}</template></el-table-column>
      <el-table-column label="操作" width="260" fixed="right">
        <template #default="{row}">
          <el-button link type="primary" @click="open(row)">编辑</el-button>
          <el-button link type="primary" @click="publish(row)" data-test="ann-publish">{{ row.published ? '撤回' : '发布' }}</el-button>
          <el-button link type="primary" @click="pin(row)">{{ row.pinned ? '取消置顶' : '置顶' }}</el-button>
          <el-button v-if="row.published" link @click="view(row)">查看</el-button>
          <el-button link type="danger" @click="remove(row)">删除</el-button>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />
    <el-dialog v-model="dlg.open" :title="dlg.id ? '编辑公告' : '新建公告'" width="680px" append-to-body data-test="ann-dialog">
      <el-form label-width="80px" class="resp-form" @submit.prevent>
        <el-form-item label="标题" required :error="errors.title"><el-input v-model="dlg.title" maxlength="200" show-word-limit data-test="ann-title" /></el-form-item>
        <el-form-item label="分类" :error="errors.category"><el-select v-model="dlg.category" allow-create filterable style="width:160px"><el-option v-for="c in ['通知','公示','政策','活动']" :key="c" :value="c" :label="c" /></el-select></el-form-item>
        <el-form-item label="摘要" :error="errors.summary"><el-input v-model="dlg.summary" maxlength="500" type="textarea" :rows="2" /></el-form-item>
        <el-form-item label="正文" :error="errors.content"><el-input v-model="dlg.content" type="textarea" :rows="8" placeholder="每段一行" data-test="ann-content" /><div class="upload-hint" style="width:100%">每段一行；链接写作 [链接文字](/survey) 或 [链接文字](https://…)，读者点击即可前往。</div></el-form-item>
        <el-form-item label="发布"><el-switch v-model="dlg.published" data-test="ann-published" /><span class="muted small" style="margin-left:12px">置顶</span><el-switch v-model="dlg.pinned" style="margin-left:6px" /></el-form-item>
      </el-form>
      <template #footer><el-button @click="dlg.open = false">取消</el-button><el-button type="primary" :loading="saving" @click="save" data-test="ann-save">保存</el-button></template>
    </el-dialog>
  </div>`,
}
