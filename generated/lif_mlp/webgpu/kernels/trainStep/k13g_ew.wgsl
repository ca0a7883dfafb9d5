// kernel k13g_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t528: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t357: array<f32>;
@group(0) @binding(3) var<storage, read_write> t534: array<f32>;
@group(0) @binding(4) var<storage, read> t344: array<f32>;
@group(0) @binding(5) var<storage, read_write> t540: array<f32>;
@group(0) @binding(6) var<storage, read> t331: array<f32>;
@group(0) @binding(7) var<storage, read_write> t546: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x528: f32 = t528[i];
  let v531: f32 = x528 * 0.9f;
  let l532: f32 = t479[1152i + i / 128i * 2048i + i % 128i];
  let x357: f32 = t357[i];
  let v533: f32 = l532 * x357;
  let v534: f32 = v531 + v533;
  t534[i] = v534;
  let v537: f32 = v534 * 0.9f;
  let l538: f32 = t479[1024i + i / 128i * 2048i + i % 128i];
  let x344: f32 = t344[i];
  let v539: f32 = l538 * x344;
  let v540: f32 = v537 + v539;
  t540[i] = v540;
  let v543: f32 = v540 * 0.9f;
  let l544: f32 = t479[896i + i / 128i * 2048i + i % 128i];
  let x331: f32 = t331[i];
  let v545: f32 = l544 * x331;
  let v546: f32 = v543 + v545;
  t546[i] = v546;
}
