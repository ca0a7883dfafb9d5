// kernel k104_reduce
@group(0) @binding(0) var<storage, read> t495: array<f32>;
@group(0) @binding(1) var<storage, read> t168: array<f32>;
@group(0) @binding(2) var<storage, read> t368: array<f32>;
@group(0) @binding(3) var<storage, read> t173: array<f32>;
@group(0) @binding(4) var<storage, read_write> t511: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k104_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l495: f32 = t495[row * 64i + col];
    let l168: f32 = t168[row * 64i + col];
    let v500: f32 = l495 * l168;
    acc0_0 += v500;
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
    let l368: f32 = t368[row * 64i + col_1];
    let l495_1: f32 = t495[row * 64i + col_1];
    let l174: f32 = t173[row];
    let v499: f32 = l495_1 * l174;
    let v509: f32 = l368 + v499;
    let l173: f32 = t173[row];
    let v502: f32 = l173 * l173;
    let v503: f32 = l173 * v502;
    let v504: f32 = v503 * -0.5f;
    let v505: f32 = r0_0 * v504;
    let v506: f32 = v505 * 0.015625f;
    let l168_1: f32 = t168[row * 64i + col_1];
    let v508: f32 = v506 * l168_1;
    let v510: f32 = v509 + v508;
    let v511: f32 = v510 + v508;
    t511[row * 64i + col_1] = v511;
  }
}
