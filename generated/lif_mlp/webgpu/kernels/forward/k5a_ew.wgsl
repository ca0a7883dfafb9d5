// kernel k5a_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t161: array<f32>;
@group(0) @binding(1) var<storage, read_write> t166: array<f32>;
@group(0) @binding(2) var<storage, read_write> t175: array<f32>;
@group(0) @binding(3) var<storage, read_write> t184: array<f32>;
@group(0) @binding(4) var<storage, read_write> t193: array<f32>;
@group(0) @binding(5) var<storage, read_write> t202: array<f32>;
@group(0) @binding(6) var<storage, read_write> t211: array<f32>;
@group(0) @binding(7) var<storage, read_write> t217: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l163: f32 = t161[i];
    let v164: f32 = l163 - 1.0f;
    let v165: bool = v164 > 0.0f;
    let v166: f32 = f32(v165);
    t166[i] = v166;
    let v168: f32 = 0.9f * l163;
    let l170: f32 = t161[128i + i];
    let v171: f32 = v168 + l170;
    let v172: f32 = v171 - v166;
    let v173: f32 = v172 - 1.0f;
    let v174: bool = v173 > 0.0f;
    let v175: f32 = f32(v174);
    t175[i] = v175;
    let v177: f32 = 0.9f * v172;
    let l179: f32 = t161[256i + i];
    let v180: f32 = v177 + l179;
    let v181: f32 = v180 - v175;
    let v182: f32 = v181 - 1.0f;
    let v183: bool = v182 > 0.0f;
    let v184: f32 = f32(v183);
    t184[i] = v184;
    let v186: f32 = 0.9f * v181;
    let l188: f32 = t161[384i + i];
    let v189: f32 = v186 + l188;
    let v190: f32 = v189 - v184;
    let v191: f32 = v190 - 1.0f;
    let v192: bool = v191 > 0.0f;
    let v193: f32 = f32(v192);
    t193[i] = v193;
    let v195: f32 = 0.9f * v190;
    let l197: f32 = t161[512i + i];
    let v198: f32 = v195 + l197;
    let v199: f32 = v198 - v193;
    let v200: f32 = v199 - 1.0f;
    let v201: bool = v200 > 0.0f;
    let v202: f32 = f32(v201);
    t202[i] = v202;
    let v204: f32 = 0.9f * v199;
    let l206: f32 = t161[640i + i];
    let v207: f32 = v204 + l206;
    let v208: f32 = v207 - v202;
    let v209: f32 = v208 - 1.0f;
    let v210: bool = v209 > 0.0f;
    let v211: f32 = f32(v210);
    t211[i] = v211;
    let v213: f32 = 0.9f * v208;
    let l215: f32 = t161[768i + i];
    let v216: f32 = v213 + l215;
    let v217: f32 = v216 - v211;
    t217[i] = v217;
  }
}
