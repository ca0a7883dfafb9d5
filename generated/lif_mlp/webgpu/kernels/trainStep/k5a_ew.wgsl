// kernel k5a_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t227: array<f32>;
@group(0) @binding(1) var<storage, read_write> t230: array<f32>;
@group(0) @binding(2) var<storage, read_write> t232: array<f32>;
@group(0) @binding(3) var<storage, read_write> t243: array<f32>;
@group(0) @binding(4) var<storage, read_write> t245: array<f32>;
@group(0) @binding(5) var<storage, read_write> t256: array<f32>;
@group(0) @binding(6) var<storage, read_write> t258: array<f32>;
@group(0) @binding(7) var<storage, read_write> t268: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l229: f32 = t227[i / 128i * 2048i + i % 128i];
  let v230: f32 = l229 - 1.0f;
  t230[i] = v230;
  let v231: bool = v230 > 0.0f;
  let v232: f32 = f32(v231);
  t232[i] = v232;
  let v238: f32 = 0.9f * l229;
  let l240: f32 = t227[128i + i / 128i * 2048i + i % 128i];
  let v241: f32 = v238 + l240;
  let v242: f32 = v241 - v232;
  let v243: f32 = v242 - 1.0f;
  t243[i] = v243;
  let v244: bool = v243 > 0.0f;
  let v245: f32 = f32(v244);
  t245[i] = v245;
  let v251: f32 = 0.9f * v242;
  let l253: f32 = t227[256i + i / 128i * 2048i + i % 128i];
  let v254: f32 = v251 + l253;
  let v255: f32 = v254 - v245;
  let v256: f32 = v255 - 1.0f;
  t256[i] = v256;
  let v257: bool = v256 > 0.0f;
  let v258: f32 = f32(v257);
  t258[i] = v258;
  let v264: f32 = 0.9f * v255;
  let l266: f32 = t227[384i + i / 128i * 2048i + i % 128i];
  let v267: f32 = v264 + l266;
  let v268: f32 = v267 - v258;
  t268[i] = v268;
}
