// kernel k17c_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t124: array<f32>;
@group(0) @binding(1) var<storage, read_write> t130: array<f32>;
@group(0) @binding(2) var<storage, read> t137: array<f32>;
@group(0) @binding(3) var<storage, read_write> t143: array<f32>;
@group(0) @binding(4) var<storage, read> t150: array<f32>;
@group(0) @binding(5) var<storage, read_write> t156: array<f32>;
@group(0) @binding(6) var<storage, read> t163: array<f32>;
@group(0) @binding(7) var<storage, read_write> t169: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l124: f32 = t124[i];
  let v127: f32 = l124 * 3.1415927f;
  let v128: f32 = v127 * v127;
  let v129: f32 = 1.0f + v128;
  let v130: f32 = 1.0f / v129;
  t130[i] = v130;
  let l137: f32 = t137[i];
  let v140: f32 = l137 * 3.1415927f;
  let v141: f32 = v140 * v140;
  let v142: f32 = 1.0f + v141;
  let v143: f32 = 1.0f / v142;
  t143[i] = v143;
  let l150: f32 = t150[i];
  let v153: f32 = l150 * 3.1415927f;
  let v154: f32 = v153 * v153;
  let v155: f32 = 1.0f + v154;
  let v156: f32 = 1.0f / v155;
  t156[i] = v156;
  let l163: f32 = t163[i];
  let v166: f32 = l163 * 3.1415927f;
  let v167: f32 = v166 * v166;
  let v168: f32 = 1.0f + v167;
  let v169: f32 = 1.0f / v168;
  t169[i] = v169;
}
