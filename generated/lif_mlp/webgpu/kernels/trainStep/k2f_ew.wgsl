// kernel k2f_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t163: array<f32>;
@group(0) @binding(1) var<storage, read_write> t165: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@group(0) @binding(3) var<storage, read> t13: array<f32>;
@group(0) @binding(4) var<storage, read_write> t176: array<f32>;
@group(0) @binding(5) var<storage, read_write> t178: array<f32>;
@group(0) @binding(6) var<storage, read_write> t188: array<f32>;
@group(0) @binding(7) var<storage, read_write> t189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x163: f32 = t163[i];
  let v164: bool = x163 > 0.0f;
  let v165: f32 = f32(v164);
  t165[i] = v165;
  let x162: f32 = t162[i];
  let v171: f32 = 0.9f * x162;
  let l173: f32 = t13[1536i + i / 128i * 2048i + i % 128i];
  let v174: f32 = v171 + l173;
  let v175: f32 = v174 - v165;
  let v176: f32 = v175 - 1.0f;
  t176[i] = v176;
  let v177: bool = v176 > 0.0f;
  let v178: f32 = f32(v177);
  t178[i] = v178;
  let v184: f32 = 0.9f * v175;
  let l186: f32 = t13[1664i + i / 128i * 2048i + i % 128i];
  let v187: f32 = v184 + l186;
  let v188: f32 = v187 - v178;
  t188[i] = v188;
  let v189: f32 = v188 - 1.0f;
  t189[i] = v189;
}
