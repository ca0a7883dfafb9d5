// kernel k11a_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t230: array<f32>;
@group(0) @binding(1) var<storage, read_write> t236: array<f32>;
@group(0) @binding(2) var<storage, read> t243: array<f32>;
@group(0) @binding(3) var<storage, read_write> t249: array<f32>;
@group(0) @binding(4) var<storage, read> t256: array<f32>;
@group(0) @binding(5) var<storage, read_write> t262: array<f32>;
@group(0) @binding(6) var<storage, read> t269: array<f32>;
@group(0) @binding(7) var<storage, read_write> t275: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l230: f32 = t230[i];
  let v233: f32 = l230 * 3.1415927f;
  let v234: f32 = v233 * v233;
  let v235: f32 = 1.0f + v234;
  let v236: f32 = 1.0f / v235;
  t236[i] = v236;
  let l243: f32 = t243[i];
  let v246: f32 = l243 * 3.1415927f;
  let v247: f32 = v246 * v246;
  let v248: f32 = 1.0f + v247;
  let v249: f32 = 1.0f / v248;
  t249[i] = v249;
  let l256: f32 = t256[i];
  let v259: f32 = l256 * 3.1415927f;
  let v260: f32 = v259 * v259;
  let v261: f32 = 1.0f + v260;
  let v262: f32 = 1.0f / v261;
  t262[i] = v262;
  let l269: f32 = t269[i];
  let v272: f32 = l269 * 3.1415927f;
  let v273: f32 = v272 * v272;
  let v274: f32 = 1.0f + v273;
  let v275: f32 = 1.0f / v274;
  t275[i] = v275;
}
