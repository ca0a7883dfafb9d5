// kernel k102_reduce
@group(0) @binding(0) var<storage, read> t491: array<f32>;
@group(0) @binding(1) var<storage, read> t271: array<f32>;
@group(0) @binding(2) var<storage, read> t597: array<f32>;
@group(0) @binding(3) var<storage, read> t430: array<f32>;
@group(0) @binding(4) var<storage, read> t276: array<f32>;
@group(0) @binding(5) var<storage, read_write> t507: array<f32>;
@group(0) @binding(6) var<storage, read_write> t609: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k102_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l491: f32 = t491[row * 64i + col];
    let l271: f32 = t271[row * 64i + col];
    let v496: f32 = l491 * l271;
    let l597: f32 = t597[row * 64i + col];
    let v602: f32 = l597 * l271;
    acc0_0 += v496;
    acc0_1 += v602;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l430: f32 = t430[row * 64i + col_1];
    let l491_1: f32 = t491[row * 64i + col_1];
    let l277: f32 = t276[row];
    let v495: f32 = l491_1 * l277;
    let v505: f32 = l430 + v495;
    let l276: f32 = t276[row];
    let v498: f32 = l276 * l276;
    let v499: f32 = l276 * v498;
    let v500: f32 = v499 * -0.5f;
    let v501: f32 = r0_0 * v500;
    let v502: f32 = v501 * 0.015625f;
    let l271_1: f32 = t271[row * 64i + col_1];
    let v504: f32 = v502 * l271_1;
    let v506: f32 = v505 + v504;
    let v507: f32 = v506 + v504;
    t507[row * 64i + col_1] = v507;
    let l597_1: f32 = t597[row * 64i + col_1];
    let v601: f32 = l597_1 * l277;
    let v604: f32 = r0_1 * v500;
    let v605: f32 = v604 * 0.015625f;
    let v607: f32 = v605 * l271_1;
    let v608: f32 = v601 + v607;
    let v609: f32 = v608 + v607;
    t609[row * 64i + col_1] = v609;
  }
}
