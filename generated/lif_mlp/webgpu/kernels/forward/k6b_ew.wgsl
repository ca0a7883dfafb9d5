// kernel k6b_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t221: array<f32>;
@group(0) @binding(1) var<storage, read_write> t224: array<f32>;
@group(0) @binding(2) var<storage, read> t165: array<f32>;
@group(0) @binding(3) var<storage, read_write> t233: array<f32>;
@group(0) @binding(4) var<storage, read_write> t242: array<f32>;
@group(0) @binding(5) var<storage, read_write> t251: array<f32>;
@group(0) @binding(6) var<storage, read_write> t260: array<f32>;
@group(0) @binding(7) var<storage, read_write> t266: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let x221: f32 = t221[i];
    let v222: f32 = x221 - 1.0f;
    let v223: bool = v222 > 0.0f;
    let v224: f32 = f32(v223);
    t224[i] = v224;
    let v226: f32 = 0.9f * x221;
    let l228: f32 = t165[896i + i];
    let v229: f32 = v226 + l228;
    let v230: f32 = v229 - v224;
    let v231: f32 = v230 - 1.0f;
    let v232: bool = v231 > 0.0f;
    let v233: f32 = f32(v232);
    t233[i] = v233;
    let v235: f32 = 0.9f * v230;
    let l237: f32 = t165[1024i + i];
    let v238: f32 = v235 + l237;
    let v239: f32 = v238 - v233;
    let v240: f32 = v239 - 1.0f;
    let v241: bool = v240 > 0.0f;
    let v242: f32 = f32(v241);
    t242[i] = v242;
    let v244: f32 = 0.9f * v239;
    let l246: f32 = t165[1152i + i];
    let v247: f32 = v244 + l246;
    let v248: f32 = v247 - v242;
    let v249: f32 = v248 - 1.0f;
    let v250: bool = v249 > 0.0f;
    let v251: f32 = f32(v250);
    t251[i] = v251;
    let v253: f32 = 0.9f * v248;
    let l255: f32 = t165[1280i + i];
    let v256: f32 = v253 + l255;
    let v257: f32 = v256 - v251;
    let v258: f32 = v257 - 1.0f;
    let v259: bool = v258 > 0.0f;
    let v260: f32 = f32(v259);
    t260[i] = v260;
    let v262: f32 = 0.9f * v257;
    let l264: f32 = t165[1408i + i];
    let v265: f32 = v262 + l264;
    let v266: f32 = v265 - v260;
    t266[i] = v266;
  }
}
