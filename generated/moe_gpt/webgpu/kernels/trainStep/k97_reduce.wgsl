// kernel k97_reduce (compiler/std/moe.loom:46:16)
@group(0) @binding(0) var<storage, read> t284: array<f32>;
@group(0) @binding(1) var<storage, read> t583: array<f32>;
@group(0) @binding(2) var<storage, read_write> t313: array<f32>;
@group(0) @binding(3) var<storage, read> t479: array<f32>;
@group(0) @binding(4) var<storage, read> t483: array<f32>;
@group(0) @binding(5) var<storage, read_write> t484: array<f32>;
@group(0) @binding(6) var<storage, read_write> t593: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k97_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l284: f32 = t284[row * 8i + col];
    acc0_0 += l284;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 8i; col_1 += 8i) {
    let l585: f32 = t583[col_1];
    let l284_1: f32 = t284[row * 8i + col_1];
    let v313: f32 = l284_1 / r0_0;
    let v587: f32 = l585 * v313;
    let v588: f32 = v587 / r0_0;
    let v589: f32 = -v588;
    acc1_0 += v589;
  }
  partial0[lid] = acc1_0;
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
  for (var col_2: i32 = lid; col_2 < 8i; col_2 += 8i) {
    let l284_2: f32 = t284[row * 8i + col_2];
    let v313_1: f32 = l284_2 / r0_0;
    t313[row * 8i + col_2] = v313_1;
    let l480: f32 = t479[row * 8i + col_2];
    let l483: f32 = t483[row * 8i + col_2];
    let v484: f32 = l480 * l483;
    t484[row * 8i + col_2] = v484;
    let l585_1: f32 = t583[col_2];
    let v586: f32 = l585_1 / r0_0;
    let v592: f32 = v586 + r1_0;
    let v593: f32 = v592 * l483;
    t593[row * 8i + col_2] = v593;
  }
}
