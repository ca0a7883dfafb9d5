// kernel k89_ew
@group(0) @binding(0) var<storage, read> t474: array<f32>;
@group(0) @binding(1) var<storage, read> t370: array<f32>;
@group(0) @binding(2) var<storage, read_write> t477: array<f32>;
@group(0) @binding(3) var<storage, read> t371: array<f32>;
@group(0) @binding(4) var<storage, read> t369: array<f32>;
@group(0) @binding(5) var<storage, read> t368: array<f32>;
@group(0) @binding(6) var<storage, read_write> t486: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l474: f32 = t474[i];
  let l370: f32 = t370[i];
  let v477: f32 = l474 * l370;
  t477[i] = v477;
  let l371: f32 = t371[i];
  let v476: f32 = l474 * l371;
  let l369: f32 = t369[i];
  let v480: f32 = v476 * l369;
  let l368: f32 = t368[i];
  let v481: f32 = v476 * l368;
  let v483: f32 = 1.0f - l369;
  let v484: f32 = l369 * v483;
  let v485: f32 = v481 * v484;
  let v486: f32 = v480 + v485;
  t486[i] = v486;
}
