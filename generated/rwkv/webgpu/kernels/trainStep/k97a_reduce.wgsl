// kernel k97a_reduce
@group(0) @binding(0) var<storage, read> t576: array<f32>;
@group(0) @binding(1) var<storage, read> t669: array<f32>;
@group(0) @binding(2) var<storage, read> t672: array<f32>;
@group(0) @binding(3) var<storage, read> t57: array<f32>;
@group(0) @binding(4) var<storage, read> p_ln0_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t678: array<f32>;
@group(0) @binding(6) var<storage, read_write> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t680: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k97a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l576: f32 = t576[row + col * 64i];
    let l669: f32 = t669[row + col * 64i];
    let v674: f32 = l576 + l669;
    let l673: f32 = t672[col];
    let v675: f32 = v674 + l673;
    let l57: f32 = t57[row + col * 64i];
    let v679: f32 = v675 * l57;
    let l59: f32 = p_ln0_g[row];
    let v678: f32 = v675 * l59;
    t678[row + col * 64i] = v678;
    acc0_0 += v675;
    acc0_1 += v679;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    t676[row] = r0_0;
    t680[row] = r0_1;
  }
}
