// kernel k39_reduce
@group(0) @binding(0) var<storage, read> t348: array<f32>;
@group(0) @binding(1) var<storage, read> t184: array<f32>;
@group(0) @binding(2) var<storage, read> t182: array<f32>;
@group(0) @binding(3) var<storage, read> t181: array<f32>;
@group(0) @binding(4) var<storage, read_write> t359: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k39_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l348: f32 = t348[row * 64i + col];
    let l184: f32 = t184[row * 64i + col];
    let v350: f32 = l348 * l184;
    let l183: f32 = t182[row];
    let v351: f32 = v350 / l183;
    let v352: f32 = -v351;
    acc0_0 += v352;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let g: f32 = f32((row % 64i * 64i + col_1) / 64i);
    let g_1: f32 = f32((row % 64i * 64i + col_1) % 64i);
    let l89: bool = g >= g_1;
    let l348_1: f32 = t348[row * 64i + col_1];
    let l183_1: f32 = t182[row];
    let v349: f32 = l348_1 / l183_1;
    let v355: f32 = v349 + r0_0;
    let l181: f32 = t181[row * 64i + col_1];
    let v356: f32 = v355 * l181;
    let v358: f32 = select(0.0f, v356, l89);
    let v359: f32 = v358 / 4.0f;
    t359[row * 64i + col_1] = v359;
  }
}
