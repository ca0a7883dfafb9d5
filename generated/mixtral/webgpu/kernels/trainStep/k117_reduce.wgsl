// kernel k117_reduce
@group(0) @binding(0) var<storage, read> t474: array<f32>;
@group(0) @binding(1) var<storage, read> t171: array<f32>;
@group(0) @binding(2) var<storage, read> t575: array<f32>;
@group(0) @binding(3) var<storage, read> t414: array<f32>;
@group(0) @binding(4) var<storage, read> t176: array<f32>;
@group(0) @binding(5) var<storage, read> t516: array<f32>;
@group(0) @binding(6) var<storage, read_write> t592: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l474: f32 = t474[row * 64i + col];
    let l171: f32 = t171[row * 64i + col];
    let v479: f32 = l474 * l171;
    let l575: f32 = t575[row * 64i + col];
    let v580: f32 = l575 * l171;
    acc0_0 += v479;
    acc0_1 += v580;
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
    let l414: f32 = t414[row * 64i + col_1];
    let l474_1: f32 = t474[row * 64i + col_1];
    let l177: f32 = t176[row];
    let v478: f32 = l474_1 * l177;
    let v586: f32 = l414 + v478;
    let l176: f32 = t176[row];
    let v481: f32 = l176 * l176;
    let v482: f32 = l176 * v481;
    let v483: f32 = v482 * -0.5f;
    let v484: f32 = r0_0 * v483;
    let v485: f32 = v484 * 0.015625f;
    let l171_1: f32 = t171[row * 64i + col_1];
    let v487: f32 = v485 * l171_1;
    let v587: f32 = v586 + v487;
    let v588: f32 = v587 + v487;
    let l516: f32 = t516[row * 64i + col_1];
    let v589: f32 = v588 + l516;
    let l575_1: f32 = t575[row * 64i + col_1];
    let v579: f32 = l575_1 * l177;
    let v590: f32 = v589 + v579;
    let v582: f32 = r0_1 * v483;
    let v583: f32 = v582 * 0.015625f;
    let v585: f32 = v583 * l171_1;
    let v591: f32 = v590 + v585;
    let v592: f32 = v591 + v585;
    t592[row * 64i + col_1] = v592;
  }
}
