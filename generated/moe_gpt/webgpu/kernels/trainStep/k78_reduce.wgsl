// kernel k78_reduce
@group(0) @binding(0) var<storage, read> t414: array<f32>;
@group(0) @binding(1) var<storage, read> t367: array<f32>;
@group(0) @binding(2) var<storage, read> t372: array<f32>;
@group(0) @binding(3) var<storage, read_write> t430: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k78_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l414: f32 = t414[row * 64i + col];
    let l367: f32 = t367[row * 64i + col];
    let v419: f32 = l414 * l367;
    acc0_0 += v419;
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
    let l414_1: f32 = t414[row * 64i + col_1];
    let l373: f32 = t372[row];
    let v418: f32 = l414_1 * l373;
    let l372: f32 = t372[row];
    let v421: f32 = l372 * l372;
    let v422: f32 = l372 * v421;
    let v424: f32 = v422 * -0.5f;
    let v425: f32 = r0_0 * v424;
    let v426: f32 = v425 * 0.015625f;
    let l367_1: f32 = t367[row * 64i + col_1];
    let v428: f32 = v426 * l367_1;
    let v429: f32 = v418 + v428;
    let v430: f32 = v429 + v428;
    t430[row * 64i + col_1] = v430;
  }
}
