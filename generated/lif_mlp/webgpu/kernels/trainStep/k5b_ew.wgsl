// kernel k5b_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t268: array<f32>;
@group(0) @binding(1) var<storage, read_write> t269: array<f32>;
@group(0) @binding(2) var<storage, read_write> t271: array<f32>;
@group(0) @binding(3) var<storage, read> t227: array<f32>;
@group(0) @binding(4) var<storage, read_write> t282: array<f32>;
@group(0) @binding(5) var<storage, read_write> t284: array<f32>;
@group(0) @binding(6) var<storage, read_write> t294: array<f32>;
@group(0) @binding(7) var<storage, read_write> t295: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x268: f32 = t268[i];
  let v269: f32 = x268 - 1.0f;
  t269[i] = v269;
  let v270: bool = v269 > 0.0f;
  let v271: f32 = f32(v270);
  t271[i] = v271;
  let v277: f32 = 0.9f * x268;
  let l279: f32 = t227[512i + i / 128i * 2048i + i % 128i];
  let v280: f32 = v277 + l279;
  let v281: f32 = v280 - v271;
  let v282: f32 = v281 - 1.0f;
  t282[i] = v282;
  let v283: bool = v282 > 0.0f;
  let v284: f32 = f32(v283);
  t284[i] = v284;
  let v290: f32 = 0.9f * v281;
  let l292: f32 = t227[640i + i / 128i * 2048i + i % 128i];
  let v293: f32 = v290 + l292;
  let v294: f32 = v293 - v284;
  t294[i] = v294;
  let v295: f32 = v294 - 1.0f;
  t295[i] = v295;
}
