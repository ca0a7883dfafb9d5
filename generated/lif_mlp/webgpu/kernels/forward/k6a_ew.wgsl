// kernel k6a_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t165: array<f32>;
@group(0) @binding(1) var<storage, read_write> t170: array<f32>;
@group(0) @binding(2) var<storage, read_write> t179: array<f32>;
@group(0) @binding(3) var<storage, read_write> t188: array<f32>;
@group(0) @binding(4) var<storage, read_write> t197: array<f32>;
@group(0) @binding(5) var<storage, read_write> t206: array<f32>;
@group(0) @binding(6) var<storage, read_write> t215: array<f32>;
@group(0) @binding(7) var<storage, read_write> t221: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l167: f32 = t165[i];
    let v168: f32 = l167 - 1.0f;
    let v169: bool = v168 > 0.0f;
    let v170: f32 = f32(v169);
    t170[i] = v170;
    let v172: f32 = 0.9f * l167;
    let l174: f32 = t165[128i + i];
    let v175: f32 = v172 + l174;
    let v176: f32 = v175 - v170;
    let v177: f32 = v176 - 1.0f;
    let v178: bool = v177 > 0.0f;
    let v179: f32 = f32(v178);
    t179[i] = v179;
    let v181: f32 = 0.9f * v176;
    let l183: f32 = t165[256i + i];
    let v184: f32 = v181 + l183;
    let v185: f32 = v184 - v179;
    let v186: f32 = v185 - 1.0f;
    let v187: bool = v186 > 0.0f;
    let v188: f32 = f32(v187);
    t188[i] = v188;
    let v190: f32 = 0.9f * v185;
    let l192: f32 = t165[384i + i];
    let v193: f32 = v190 + l192;
    let v194: f32 = v193 - v188;
    let v195: f32 = v194 - 1.0f;
    let v196: bool = v195 > 0.0f;
    let v197: f32 = f32(v196);
    t197[i] = v197;
    let v199: f32 = 0.9f * v194;
    let l201: f32 = t165[512i + i];
    let v202: f32 = v199 + l201;
    let v203: f32 = v202 - v197;
    let v204: f32 = v203 - 1.0f;
    let v205: bool = v204 > 0.0f;
    let v206: f32 = f32(v205);
    t206[i] = v206;
    let v208: f32 = 0.9f * v203;
    let l210: f32 = t165[640i + i];
    let v211: f32 = v208 + l210;
    let v212: f32 = v211 - v206;
    let v213: f32 = v212 - 1.0f;
    let v214: bool = v213 > 0.0f;
    let v215: f32 = f32(v214);
    t215[i] = v215;
    let v217: f32 = 0.9f * v212;
    let l219: f32 = t165[768i + i];
    let v220: f32 = v217 + l219;
    let v221: f32 = v220 - v215;
    t221[i] = v221;
  }
}
