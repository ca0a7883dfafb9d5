// kernel k59_reduce (compiler/std/moe.loom:90:51)
@group(0) @binding(0) var<storage, read> t319: array<f32>;
@group(0) @binding(1) var<storage, read> t343: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_moe_router_bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> t349: array<f32>;
@group(0) @binding(4) var<storage, read_write> t356: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k59_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l320: f32 = t319[col];
    let l345: f32 = t343[0i];
    let v350: f32 = l320 - l345;
    let v351: f32 = v350 * v350;
    let l22: f32 = p_layers_1_moe_router_bias[col];
    let v346: f32 = l345 - l320;
    let v347: f32 = select(select(0.0f, -1.0f, v346 < 0.0f), 1.0f, v346 > 0.0f);
    let v348: f32 = 0.01f * v347;
    let v349: f32 = l22 + v348;
    t349[col] = v349;
    acc0_0 += v351;
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
  if (lid == 0i) {
    let v354: f32 = r0_0 * 0.125f;
    let v355: f32 = sqrt(v354);
    let l343: f32 = t343[0i];
    let v356: f32 = v355 / l343;
    t356[0i] = v356;
  }
}
