// kernel k111_reduce
@group(0) @binding(0) var<storage, read> t540: array<f32>;
@group(0) @binding(1) var<storage, read> t93: array<f32>;
@group(0) @binding(2) var<storage, read> t100: array<f32>;
@group(0) @binding(3) var<storage, read_write> t555: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k111_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l540: f32 = t540[row * 16i + col];
    let l94: f32 = t93[row * 24i + col];
    let v545: f32 = l540 * l94;
    acc0_0 += v545;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 16i; col_1 += 16i) {
    let l540_1: f32 = t540[row * 16i + col_1];
    let l101: f32 = t100[row];
    let v544: f32 = l540_1 * l101;
    let l100: f32 = t100[row];
    let v547: f32 = l100 * l100;
    let v548: f32 = l100 * v547;
    let v549: f32 = v548 * -0.5f;
    let v550: f32 = r0_0 * v549;
    let v551: f32 = v550 * 0.0625f;
    let l94_1: f32 = t93[row * 24i + col_1];
    let v553: f32 = v551 * l94_1;
    let v554: f32 = v544 + v553;
    let v555: f32 = v554 + v553;
    t555[row * 16i + col_1] = v555;
  }
}
