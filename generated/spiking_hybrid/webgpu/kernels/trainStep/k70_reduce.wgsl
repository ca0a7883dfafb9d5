// kernel k70_reduce
@group(0) @binding(0) var<storage, read> t404: array<f32>;
@group(0) @binding(1) var<storage, read> t140: array<f32>;
@group(0) @binding(2) var<storage, read> t344: array<f32>;
@group(0) @binding(3) var<storage, read> t145: array<f32>;
@group(0) @binding(4) var<storage, read_write> t420: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k70_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l404: f32 = t404[row * 64i + col];
    let l140: f32 = t140[row * 64i + col];
    let v409: f32 = l404 * l140;
    acc0_0 += v409;
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
    let l344: f32 = t344[row * 64i + col_1];
    let l404_1: f32 = t404[row * 64i + col_1];
    let l146: f32 = t145[row];
    let v408: f32 = l404_1 * l146;
    let v418: f32 = l344 + v408;
    let l145: f32 = t145[row];
    let v411: f32 = l145 * l145;
    let v412: f32 = l145 * v411;
    let v413: f32 = v412 * -0.5f;
    let v414: f32 = r0_0 * v413;
    let v415: f32 = v414 * 0.015625f;
    let l140_1: f32 = t140[row * 64i + col_1];
    let v417: f32 = v415 * l140_1;
    let v419: f32 = v418 + v417;
    let v420: f32 = v419 + v417;
    t420[row * 64i + col_1] = v420;
  }
}
