// kernel k46_reduce
@group(0) @binding(0) var<storage, read> t319: array<f32>;
@group(0) @binding(1) var<storage, read> t269: array<f32>;
@group(0) @binding(2) var<storage, read> t274: array<f32>;
@group(0) @binding(3) var<storage, read_write> t340: array<f32>;
@group(0) @binding(4) var<storage, read> t261: array<f32>;
@group(0) @binding(5) var<storage, read_write> t342: array<f32>;
@group(0) @binding(6) var<storage, read> t263: array<f32>;
@group(0) @binding(7) var<storage, read_write> t349: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k46_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l319: f32 = t319[row * 64i + col];
    let l269: f32 = t269[row * 64i + col];
    let v324: f32 = l319 * l269;
    acc0_0 += v324;
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
    let l319_1: f32 = t319[row * 64i + col_1];
    let l275: f32 = t274[row];
    let v323: f32 = l319_1 * l275;
    let l274: f32 = t274[row];
    let v326: f32 = l274 * l274;
    let v327: f32 = l274 * v326;
    let v329: f32 = v327 * -0.5f;
    let v330: f32 = r0_0 * v329;
    let v331: f32 = v330 * 0.015625f;
    let l269_1: f32 = t269[row * 64i + col_1];
    let v333: f32 = v331 * l269_1;
    let v334: f32 = v323 + v333;
    let v335: f32 = v334 + v333;
    let v336: f32 = -v335;
    acc1_0 += v336;
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
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l319_2: f32 = t319[row * 64i + col_2];
    let l275_1: f32 = t274[row];
    let v323_1: f32 = l319_2 * l275_1;
    let l274_1: f32 = t274[row];
    let v326_1: f32 = l274_1 * l274_1;
    let v327_1: f32 = l274_1 * v326_1;
    let v329_1: f32 = v327_1 * -0.5f;
    let v330_1: f32 = r0_0 * v329_1;
    let v331_1: f32 = v330_1 * 0.015625f;
    let l269_2: f32 = t269[row * 64i + col_2];
    let v333_1: f32 = v331_1 * l269_2;
    let v334_1: f32 = v323_1 + v333_1;
    let v335_1: f32 = v334_1 + v333_1;
    let v338: f32 = r1_0 * 0.015625f;
    let v340: f32 = v335_1 + v338;
    t340[row * 64i + col_2] = v340;
    let l261: f32 = t261[row * 64i + col_2];
    let v342: f32 = v340 * l261;
    t342[row * 64i + col_2] = v342;
    let l263: f32 = t263[row * 64i + col_2];
    let v341: f32 = v340 * l263;
    let v347: f32 = 1.0f - l261;
    let v348: f32 = l261 * v347;
    let v349: f32 = v341 * v348;
    t349[row * 64i + col_2] = v349;
  }
}
