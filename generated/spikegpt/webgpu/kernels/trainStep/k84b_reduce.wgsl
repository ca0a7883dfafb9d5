// kernel k84b_reduce
@group(0) @binding(0) var<storage, read> t550: array<f32>;
@group(0) @binding(1) var<storage, read> t202: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t553: array<f32>;
@group(0) @binding(4) var<storage, read_write> t551: array<f32>;
@group(0) @binding(5) var<storage, read_write> t555: array<f32>;
@group(0) @binding(6) var<storage, read_write> t907: array<f32>;
@group(0) @binding(7) var<storage, read_write> t911: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k84b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let x550: f32 = t550[row + col * 64i];
    let l202: f32 = t202[row + col * 64i];
    let v554: f32 = x550 * l202;
    let l204: f32 = p_blocks_1_ln1_g[row];
    let v553: f32 = x550 * l204;
    t553[row + col * 64i] = v553;
    acc0_0 += x550;
    acc0_1 += v554;
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
    t551[row] = r0_0;
    t555[row] = r0_1;
    let v907: f32 = r0_1 * r0_1;
    t907[row] = v907;
    let v911: f32 = r0_0 * r0_0;
    t911[row] = v911;
  }
}
