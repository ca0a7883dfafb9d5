// kernel k95_reduce
@group(0) @binding(0) var<storage, read> t494: array<f32>;
@group(0) @binding(1) var<storage, read> t135: array<f32>;
@group(0) @binding(2) var<storage, read> t476: array<f32>;
@group(0) @binding(3) var<storage, read> t140: array<f32>;
@group(0) @binding(4) var<storage, read_write> t510: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k95_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l494: f32 = t494[row * 64i + col];
    let l135: f32 = t135[row * 64i + col];
    let v499: f32 = l494 * l135;
    acc0_0 += v499;
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
    let l476: f32 = t476[row * 64i + col_1];
    let l494_1: f32 = t494[row * 64i + col_1];
    let l141: f32 = t140[row];
    let v498: f32 = l494_1 * l141;
    let v508: f32 = l476 + v498;
    let l140: f32 = t140[row];
    let v501: f32 = l140 * l140;
    let v502: f32 = l140 * v501;
    let v503: f32 = v502 * -0.5f;
    let v504: f32 = r0_0 * v503;
    let v505: f32 = v504 * 0.015625f;
    let l135_1: f32 = t135[row * 64i + col_1];
    let v507: f32 = v505 * l135_1;
    let v509: f32 = v508 + v507;
    let v510: f32 = v509 + v507;
    t510[row * 64i + col_1] = v510;
  }
}
