// kernel k67_ew
@group(0) @binding(0) var<storage, read> t361: array<f32>;
@group(0) @binding(1) var<storage, read> t278: array<f32>;
@group(0) @binding(2) var<storage, read_write> t364: array<f32>;
@group(0) @binding(3) var<storage, read> t279: array<f32>;
@group(0) @binding(4) var<storage, read> t277: array<f32>;
@group(0) @binding(5) var<storage, read> t276: array<f32>;
@group(0) @binding(6) var<storage, read_write> t373: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k67_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l361: f32 = t361[i];
  let l278: f32 = t278[i];
  let v364: f32 = l361 * l278;
  t364[i] = v364;
  let l279: f32 = t279[i];
  let v363: f32 = l361 * l279;
  let l277: f32 = t277[i];
  let v367: f32 = v363 * l277;
  let l276: f32 = t276[i];
  let v368: f32 = v363 * l276;
  let v370: f32 = 1.0f - l277;
  let v371: f32 = l277 * v370;
  let v372: f32 = v368 * v371;
  let v373: f32 = v367 + v372;
  t373[i] = v373;
}
