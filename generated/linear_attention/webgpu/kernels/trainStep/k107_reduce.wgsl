// kernel k107_reduce
@group(0) @binding(0) var<storage, read> t574: array<f32>;
@group(0) @binding(1) var<storage, read> t38: array<f32>;
@group(0) @binding(2) var<storage, read> t44: array<f32>;
@group(0) @binding(3) var<storage, read_write> t589: array<f32>;
@group(0) @binding(4) var<storage, read_write> t592: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k107_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l574: f32 = t574[row * 64i + col];
    let l38: f32 = t38[row * 64i + col];
    let v579: f32 = l574 * l38;
    acc0_0 += v579;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l574_1: f32 = t574[row * 64i + col_1];
    let l45: f32 = t44[row];
    let v578: f32 = l574_1 * l45;
    let l44: f32 = t44[row];
    let v581: f32 = l44 * l44;
    let v582: f32 = l44 * v581;
    let v583: f32 = v582 * -0.5f;
    let v584: f32 = r0_0 * v583;
    let v585: f32 = v584 * 0.015625f;
    let l38_1: f32 = t38[row * 64i + col_1];
    let v587: f32 = v585 * l38_1;
    let v588: f32 = v578 + v587;
    let v589: f32 = v588 + v587;
    let v590: f32 = -v589;
    t589[row * 64i + col_1] = v589;
    acc1_0 += v590;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  if (lid == 0i) {
    let v592: f32 = r1_0 * 0.015625f;
    t592[row] = v592;
  }
}
